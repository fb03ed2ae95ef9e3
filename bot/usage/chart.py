"""The usage chart: commands per day, answered and not, as a PNG (matplotlib, no display)."""

from __future__ import annotations

import io

from .reports import Stats


def stats_png(s: Stats) -> bytes:
    import matplotlib

    matplotlib.use("Agg")  # no display; safe in threads
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 3.2), dpi=100)
    axes = figure.add_subplot()
    days = [d.strftime("%d %b") for d, _, _ in s.per_day]
    answered = [a for _, a, _ in s.per_day]
    missed = [m for _, _, m in s.per_day]
    axes.bar(days, answered, color="#57F287", label="answered")
    axes.bar(days, missed, bottom=answered, color="#ED4245", label="not answered")
    axes.set_title(f"Commands per day, last {s.days} days")
    axes.legend(loc="upper left", frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    step = max(1, len(days) // 10)
    axes.set_xticks(range(0, len(days), step), days[::step], fontsize=8)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
