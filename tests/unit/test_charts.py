"""The shared chart look: one constructor call, the caller's layout merged over the shared one key by key."""

from __future__ import annotations

from frentor.charts import SEQUENCE, styled_figure


def test_shared_look_with_titles():
    fig = styled_figure([{"type": "bar", "x": [1], "y": [2]}], title="T", x_title="X (pts)", y_title="Y", height=300)
    assert fig.layout.title.text == "T" and fig.layout.height == 300
    assert fig.layout.xaxis.title.text == "X (pts)" and fig.layout.yaxis.title.text == "Y"
    assert fig.layout.legend.orientation == "h" and list(fig.layout.colorway) == SEQUENCE
    assert fig.layout.paper_bgcolor == "rgba(0,0,0,0)"


def test_caller_layout_merges_into_the_shared_one():
    fig = styled_figure(
        [],
        title="T",
        x_title="Month",
        layout={"legend": {"y": -0.2, "yanchor": "top"}, "xaxis": {"type": "date"}, "barmode": "stack"},
    )
    assert fig.layout.legend.y == -0.2 and fig.layout.legend.yanchor == "top"
    assert fig.layout.legend.orientation == "h"  # kept from the shared look
    assert fig.layout.xaxis.type == "date" and fig.layout.xaxis.title.text == "Month"  # options and title together
    assert fig.layout.barmode == "stack"
    assert fig.layout.yaxis.title.text is None  # no y title asked for


def test_legend_is_pinned_under_the_pinned_title_so_a_wrapped_legend_never_covers_it():
    fig = styled_figure([], title="T", height=400)
    assert (fig.layout.title.yref, fig.layout.title.y, fig.layout.title.yanchor) == ("container", 1, "top")
    assert fig.layout.legend.yref == "container" and fig.layout.legend.yanchor == "top"
    assert 1 - 60 / 400 < fig.layout.legend.y < 1 - 20 / 400  # a title line below the top, whatever the height
