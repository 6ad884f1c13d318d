"""The reporting calendar: rules from the settings, the state of each period,
returned district forms and what is due (see cbdesk.core.calendar for the dates)."""

from cbdesk.services.calendar.returns import (  # noqa: F401
    figure_sources,
    form_returns,
    note_form_returned,
    record_form_return,
    source_kind,
)
from cbdesk.services.calendar.rules import (  # noqa: F401
    load_rules,
    read_settings,
    save_settings,
)
from cbdesk.services.calendar.state import (  # noqa: F401
    STATES,
    Agenda,
    PeriodState,
    agenda,
    check_report_date,
    data_window,
    forms_due,
    period_state,
    reminder,
    report_due,
    state_label,
    year_states,
)
