"""Colour measurements on screenshots: WCAG relative luminance and contrast, the colours a state
indicator is drawn in, and large bright areas."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance (0 black .. 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def colours_in(image: QImage, rect: QRect) -> Counter[int]:
    """How many pixels of each colour (0xRRGGBB) lie in ``rect`` of ``image``."""
    counts: Counter[int] = Counter()
    area = rect.intersected(image.rect())
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            counts[image.pixel(x, y) & 0xFFFFFF] += 1
    return counts


def drawn_contrast(image: QImage, rect: QRect, background: QColor, least_share: float = 0.08) -> float:
    """The contrast against ``background`` of the most distinct colour that covers at least
    ``least_share`` of ``rect`` (so the edges' anti-aliasing does not count)."""
    counts = colours_in(image, rect)
    total = sum(counts.values())
    shown = [QColor(rgb) for rgb, n in counts.items() if n >= least_share * total]
    return max((contrast(colour, background) for colour in shown), default=1.0)


def bright_blocks(image: QImage, threshold: float = 0.2, block: int = 40, share: float = 0.85) -> list[QRect]:
    """Squares of ``block`` pixels (give it in the image's own pixels: 40 times its device pixel ratio)
    that are mostly (``share``) brighter than ``threshold`` luminance: a large bright area, not words
    (even the time's large figures never fill such a square). Every fourth pixel each way is looked
    at, which is plenty for areas this size."""
    step = 4
    small = image.convertToFormat(QImage.Format.Format_RGB32).scaled(
        image.width() // step, image.height() // step)      # nearest pixels, not blended
    width, height = small.width(), small.height()
    data = bytes(small.constBits())[: small.bytesPerLine() * height]
    line = small.bytesPerLine()
    bright_of: dict[int, bool] = {}

    def bright(x: int, y: int) -> bool:
        at = y * line + 4 * x
        rgb = data[at + 2] << 16 | data[at + 1] << 8 | data[at]
        if rgb not in bright_of:
            bright_of[rgb] = luminance(QColor(rgb)) > threshold
        return bright_of[rgb]

    side = block // step
    found = []
    for top in range(0, height - side + 1, side):
        for left in range(0, width - side + 1, side):
            count = sum(bright(x, y) for y in range(top, top + side) for x in range(left, left + side))
            if count >= share * side * side:
                found.append(QRect(left * step, top * step, block, block))
    return found
