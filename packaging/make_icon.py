"""Draw the program icon (a blue square with "cb") as packaging/cbdesk.ico and
packaging/cbdesk.png. The files are kept in the repository; run this again only
to change the drawing:  .venv/bin/python packaging/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT = HERE.parent / "resources" / "fonts" / "LiberationSerif-Bold.ttf"
BLUE = (21, 84, 166, 255)
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int = 256) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 8, fill=BLUE)
    font = ImageFont.truetype(str(FONT), int(size * 0.62))
    box = d.textbbox((0, 0), "cb", font=font)
    w, h = box[2] - box[0], box[3] - box[1]
    d.text(((size - w) / 2 - box[0], (size - h) / 2 - box[1]), "cb", font=font,
           fill=(255, 255, 255, 255))
    return img


def main() -> None:
    big = draw(256)
    big.save(HERE / "cbdesk.png")
    big.save(HERE / "cbdesk.ico", sizes=[(s, s) for s in SIZES])
    print(HERE / "cbdesk.ico", HERE / "cbdesk.png")


if __name__ == "__main__":
    main()
