"""The signing package's error: one clear line in Vietnamese and English."""

from __future__ import annotations

from cbdesk.services.errors import ValidationError


class SigningError(ValidationError):
    """Signing or verifying could not proceed (wrong PIN, expired certificate,
    missing token, a document already sealed by the agency…)."""
