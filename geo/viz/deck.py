"""A PowerPoint briefing of a view (python-pptx): the labelled map, then the links and the sources.

Two 16:9 slides, ready to drop into a deck:

1. the title (from the filters), the dates and sources of the view, and the map picture
   (``geo.viz.picture.render_png``) with its labels and legend;
2. the top links as bullets, each with the evidence sentence and its article, source and date,
   followed by the sources the view draws on.

Text in a presentation is literal (nothing is interpreted as markup or formula); characters that
XML cannot hold (control characters, lone surrogates) are dropped so an article cannot break the file.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

from geo.core.records import Place
from geo.core.views import LinkStat

MAX_LINKS = 8
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: object, limit: int = 400) -> str:
    """Text safe in an Office XML file: invalid characters dropped, white space folded, cut at ``limit``."""
    out = " ".join(_XML_INVALID.sub("", str(text)).split())
    return out if len(out) <= limit else out[: limit - 1] + "…"


def link_bullet(link: LinkStat, places: dict[str, Place]) -> tuple[str, str]:
    """A link as a bullet: the headline ("Caracas → Tehran: route, 3 stories") and its evidence line."""
    source = places.get(link.source)
    target = places.get(link.target)
    arrow = "→" if link.directed else "—"
    flags = ", ".join(w for w, on in (("hedged", link.hedged), ("negated", link.negated)) if on)
    head = (
        f"{source.name if source else link.source} {arrow} {target.name if target else link.target}: "
        f"{link.type}{' (' + flags + ')' if flags else ''}, {link.stories} "
        f"stor{'ies' if link.stories != 1 else 'y'}"
    )
    if not link.evidence:
        return clean(head), ""
    ev = link.evidence[0]
    meta = " · ".join(x for x in (ev.title, ev.source or "", ev.date.isoformat() if ev.date else "") if x)
    return clean(head), clean(f"“{ev.sentence}” — {meta}", 300)


def build_deck(
    picture_png: bytes,
    links: Sequence[LinkStat],
    places: dict[str, Place],
    *,
    title: str,
    subtitle: str = "",
    sources: Sequence[str] = (),
    max_links: int = MAX_LINKS,
) -> bytes:
    """The briefing as ``.pptx`` bytes.

    Parameters
    ----------
    picture_png : bytes
        The map picture (16:9).
    links : sequence of LinkStat
        The view's links, most stories first; the first ``max_links`` become bullets.
    places : dict
        Place id to place, to name the links' endpoints.
    title, subtitle : str
        The slide title (from the filters) and the view's dates and sources.
    sources : sequence of str
        The outlets the view draws on, listed on the second slide.

    Returns
    -------
    bytes
    """
    from pptx import Presentation
    from pptx.util import Emu, Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    blank = prs.slide_layouts[6]

    slide = prs.slides.add_slide(blank)
    box = slide.shapes.add_textbox(Inches(0.4), Inches(0.2), Inches(12.5), Inches(0.9))
    frame = box.text_frame
    frame.word_wrap = True
    frame.text = clean(title, 160)
    frame.paragraphs[0].runs[0].font.size = Pt(28)
    frame.paragraphs[0].runs[0].font.bold = True
    if subtitle:
        para = frame.add_paragraph()
        para.text = clean(subtitle, 240)
        para.runs[0].font.size = Pt(14)
    height = Inches(6.1)
    width = Emu(int(height * 16 / 9))
    slide.shapes.add_picture(
        io.BytesIO(picture_png), int((prs.slide_width - width) / 2), Inches(1.25), width=width, height=height
    )

    slide = prs.slides.add_slide(blank)
    box = slide.shapes.add_textbox(Inches(0.4), Inches(0.2), Inches(12.5), Inches(0.7))
    box.text_frame.text = clean(f"{title}: what links the places", 160)
    box.text_frame.paragraphs[0].runs[0].font.size = Pt(24)
    box.text_frame.paragraphs[0].runs[0].font.bold = True
    body = slide.shapes.add_textbox(Inches(0.5), Inches(1.0), Inches(12.3), Inches(6.2)).text_frame
    body.word_wrap = True
    first = True
    for link in list(links)[:max_links]:
        head, evidence = link_bullet(link, places)
        para = body.paragraphs[0] if first else body.add_paragraph()
        first = False
        para.text = "• " + head
        para.runs[0].font.size = Pt(16)
        para.runs[0].font.bold = True
        if evidence:
            line = body.add_paragraph()
            line.text = evidence
            line.level = 1
            line.runs[0].font.size = Pt(12)
    if first:
        body.paragraphs[0].text = "No links between places in this view."
    if sources:
        para = body.add_paragraph()
        para.text = clean("Sources: " + ", ".join(sources), 600)
        para.runs[0].font.size = Pt(12)
        para.runs[0].font.italic = True
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()
