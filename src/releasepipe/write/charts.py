"""The digest's charts as PNG bytes, the same bytes for the same batch.

matplotlib draws with its Agg backend (no display, no GUI toolkit), in the
DejaVu Sans it ships (never a system font that differs between machines), and
the PNG carries no metadata (no version, no date), so a chart depends on its
data alone. Labels (dates, language names) are formatted by the caller in the
digest's language.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

__all__ = ["timeline_png", "ranking_png"]

#: Width of the charts in inches; the digest shows them 16 cm wide.
WIDTH_IN = 6.3
DPI = 150
#: One colour per language (in order of the batch's languages), colour-blind safe (Okabe-Ito).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")

_STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 8,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 9,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "svg.hashsalt": "releasepipe",
    "path.simplify": True,
}


def _pyplot():
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    return matplotlib, Figure


def _png(fig) -> bytes:
    buf = io.BytesIO()
    # metadata None: no "Software" entry (matplotlib's version) and no date.
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    return buf.getvalue()


def timeline_png(days: Sequence[tuple[date, str, int]], *, title: str, languages: Sequence[tuple[str, str]],
                 tick_label) -> bytes:
    """Releases per day, one stacked bar per day and one colour per language.

    ``days`` holds (day, language code, releases); ``languages`` the codes in
    legend order with their shown names; ``tick_label(day)`` the shown date.
    """
    matplotlib, Figure = _pyplot()
    with matplotlib.rc_context(_STYLE):
        fig = Figure(figsize=(WIDTH_IN, 2.3))
        ax = fig.add_subplot()
        ordered = sorted({d for d, _, _ in days})
        x = {d: i for i, d in enumerate(ordered)}
        bottom = [0] * len(ordered)
        for (code, name), colour in zip(languages, PALETTE * 4):
            heights = [0] * len(ordered)
            for d, c, n in days:
                if c == code:
                    heights[x[d]] += n
            ax.bar(range(len(ordered)), heights, bottom=bottom, color=colour, label=name, width=0.7)
            bottom = [b + h for b, h in zip(bottom, heights)]
        step = -(-len(ordered) // 24)  # at most 24 dates written under the bars
        ticks = list(range(0, len(ordered), step))
        ax.set_xticks(ticks, [tick_label(ordered[i]) for i in ticks], rotation=45, ha="right")
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.set_title(title)
        if languages:
            ax.legend(frameon=False, fontsize=7, ncols=min(len(languages), 6), loc="upper left",
                      bbox_to_anchor=(0, 1.0))
            ax.set_ylim(0, max(bottom or [1]) * 1.45 + 0.5)
        fig.tight_layout(pad=0.4)
        return _png(fig)


def ranking_png(items: Sequence[tuple[str, int, str]], *, title: str, xlabel: str,
                kinds: Sequence[tuple[str, str]]) -> bytes:
    """A horizontal bar per name, the largest on top; ``items`` are (name, count, kind),
    ``kinds`` the (kind, shown name) pairs of the legend."""
    matplotlib, Figure = _pyplot()
    with matplotlib.rc_context(_STYLE):
        fig = Figure(figsize=(WIDTH_IN, 0.6 + 0.2 * max(len(items), 1)))
        ax = fig.add_subplot()
        colours = {kind: PALETTE[i] for i, (kind, _) in enumerate(kinds)}
        names = [(n if len(n) <= 48 else n[:47] + "…") for n, _, _ in items][::-1]
        counts = [c for _, c, _ in items][::-1]
        ax.barh(range(len(items)), counts, color=[colours.get(k, PALETTE[-1]) for _, _, k in items][::-1],
                height=0.7)
        ax.set_yticks(range(len(items)), names)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_xlabel(xlabel)
        ax.set_title(title)
        from matplotlib.patches import Patch

        ax.legend(handles=[Patch(color=colours[k], label=shown) for k, shown in kinds], frameon=False,
                  fontsize=7, loc="lower right")
        fig.tight_layout(pad=0.4)
        return _png(fig)
