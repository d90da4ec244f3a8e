"""Balance: how much I gave and received, per month, for one person, a group or the whole network; and health."""

import datetime as dt
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from frentor import balance, health
from frentor.charts import balance as balance_charts
from frentor.people import ROLES, STAGES
from frentor.store import Store
from frentor.ui import balance_data as data
from frentor.ui.caching import cached_figure
from frentor.ui.i18n import t
from frentor.ui.navigation import page_link
from frentor.ui.page import page
from frentor.ui.widgets import empty_state, page_header

with page("balance") as store:
    HEALTH_TABLE_ROWS = data.HEALTH_TABLE_ROWS
    CHART_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"]}

    # -- controls -----------------------------------------------------------------------------------------------------
    def _choose_scope(store: Store) -> balance.Scope | None:
        """The scope widgets; None when the person view has nobody chosen yet."""
        kind = st.segmented_control(
            t("balance.scope.label"),
            ["network", "person", "group"],
            default="network",
            required=True,
            format_func=lambda k: t(f"balance.scope.{k}"),
            key="balance_scope",
        )
        if kind == "person":
            search = st.text_input(
                t("balance.person.search"), key="balance_person_search", placeholder=t("balance.person.placeholder")
            )
            people = data.person_choices(store, search)
            names = dict(zip(people["id"], people["name"], strict=True))
            roles = dict(zip(people["id"], people["role"], strict=True))
            chosen = st.session_state.get("balance_person")
            options = list(names)
            if chosen and chosen not in names:
                options = [chosen, *options]  # keep the current choice while searching for someone else
            person_id = st.selectbox(
                t("balance.person.pick"),
                options,
                index=None,
                format_func=lambda pid: (
                    t("balance.person.option", name=names[pid], role=t(f"role.{roles[pid]}"))
                    if pid in names
                    else st.session_state.get("balance_person_name", pid)
                ),
                key="balance_person",
                placeholder=t("balance.person.none"),
            )
            if person_id in names:
                st.session_state["balance_person_name"] = names[person_id]
            return balance.Scope(person_id=person_id) if person_id else None
        if kind == "group":
            passions = data.passion_choices(store)
            titles = dict(zip(passions["id"], passions["title"], strict=True))
            c1, c2, c3 = st.columns(3)
            role = c1.selectbox(
                t("field.role"),
                list(ROLES),
                index=None,
                format_func=lambda r: t(f"role.{r}"),
                key="balance_group_role",
                placeholder=t("balance.any"),
            )
            stage = c2.selectbox(
                t("field.stage"),
                list(STAGES),
                index=None,
                format_func=lambda s: t(f"stage.{s}"),
                key="balance_group_stage",
                placeholder=t("balance.any"),
            )
            passion_id = c3.selectbox(
                t("field.passion"),
                list(titles),
                index=None,
                format_func=lambda pid: titles.get(pid, pid),
                key="balance_group_passion",
                placeholder=t("balance.any"),
            )
            return balance.Scope(role=role, stage=stage, passion_id=passion_id)
        return balance.NETWORK

    def _choose_range(today: dt.date, first_entry: dt.date | None) -> tuple[dt.date, dt.date]:
        preset = st.segmented_control(
            t("field.range"),
            list(balance.RANGE_PRESETS),
            default="12m",
            required=True,
            format_func=lambda p: t(f"balance.range.{p}"),
            key="balance_range",
        )
        custom = None
        if preset == "custom":
            default = (balance.add_months(balance.month_start(today), -11), today)
            picked = st.date_input(t("balance.range.dates"), value=default, key="balance_custom", format="YYYY-MM-DD")
            if isinstance(picked, tuple | list) and len(picked) == 2:
                custom = (picked[0], picked[1])
            else:
                custom = default
        return balance.resolve_range(preset or "12m", today, first_entry, custom)

    def _chart(chart_key: str, inputs: tuple, build: Callable[[], go.Figure], caption: str) -> None:
        fig = cached_figure(chart_key, inputs, build)
        st.plotly_chart(fig, width="stretch", key=chart_key, config=CHART_CONFIG)
        st.caption(caption)

    def _rule(label: str) -> str:
        rules = health.DEFAULT_RULES
        return t(
            f"health.rule.{label}",
            min_exchanges=rules.min_exchanges,
            months=rules.tilt_months,
            ratio=f"{rules.tilt_ratio:g}",
            points=f"{rules.tilt_min_points:g}",
        )

    # -- the page -----------------------------------------------------------------------------------------------------
    page_header("balance", "balance.purpose")
    today = dt.date.today()
    first_ever = data.first_entry(store)

    if first_ever is None:
        empty_state("balance.empty", next_page="ledger")
    else:
        with st.container(border=True):
            scope = _choose_scope(store)
            start, end = _choose_range(today, first_ever)
            mode = st.segmented_control(
                t("balance.mode.label"),
                list(balance.MODES),
                default="cumulative",
                required=True,
                format_func=lambda m: t(f"balance.mode.{m}"),
                key="balance_mode",
                help=t("balance.mode.help"),
            )
            mode = mode or "cumulative"
        st.caption(t(f"balance.mode.explain.{mode}", start=start.strftime("%Y-%m"), end=end.strftime("%Y-%m")))

        if scope is None:
            st.info(t("balance.person.choose"), icon=":material/person_search:")
        else:
            monthly = data.monthly(store, scope, start, end)
            summary = balance.summarise(monthly)
            m1, m2, m3, m4 = st.columns(4)
            m1.metric(t("balance.metric.given"), data.points_text(summary.given), border=True)
            m2.metric(t("balance.metric.received"), data.points_text(summary.received), border=True)
            m3.metric(
                t("balance.metric.net"), data.points_text(summary.net), border=True, help=t("balance.metric.net_help")
            )
            m4.metric(
                t("balance.metric.to_date"),
                data.points_text(summary.balance_to_date),
                border=True,
                help=t("balance.metric.to_date_help"),
            )
            if summary.given == 0 and summary.received == 0:
                st.info(t("balance.no_entries_in_range"), icon=":material/info:")

            _chart(
                "balance_chart_over_time",
                (monthly, mode),
                lambda: balance_charts.balance_over_time(monthly, mode, t),
                t(f"balance.caption.over_time.{mode}"),
            )
            _chart(
                "balance_chart_given_received",
                (monthly,),
                lambda: balance_charts.given_received_bars(monthly, t),
                t("balance.caption.given_received"),
            )

            if scope.person_id:
                label = data.person_label(store, today, scope.person_id)
                if label is not None:
                    st.markdown(t("balance.person.health", label=t(f"health.label.{label}"), rule=_rule(label)))
            else:
                top = st.slider(t("balance.top_n"), min_value=3, max_value=10, value=5, key="balance_top_n")
                lines = data.people_lines(store, scope, start, end, top)
                if not lines.empty:
                    _chart(
                        "balance_chart_people",
                        (lines, mode),
                        lambda: balance_charts.people_lines_chart(lines, mode, t),
                        t(f"balance.caption.people.{mode}"),
                    )
                tops = data.imbalances(store, scope, start, end, mode, top)
                if not tops.empty:
                    _chart(
                        "balance_chart_imbalances",
                        (tops,),
                        lambda: balance_charts.imbalance_bars(tops, t),
                        t("balance.caption.imbalances." + ("historical" if mode == "historical" else "range")),
                    )

            grid = data.activity(store, scope, start, end)
            _chart(
                "balance_chart_activity",
                (grid,),
                lambda: balance_charts.activity_heatmap(grid, t),
                t("balance.caption.heatmap"),
            )

        learn_teach = data.learn_teach(store, start, end)
        _chart(
            "balance_chart_learn_teach",
            (learn_teach,),
            lambda: balance_charts.learn_teach_chart(learn_teach, t),
            t("balance.caption.learn_teach"),
        )

        # -- health of every relationship, with the rules in plain sight ------------------------------------------
        st.subheader(t("health.title"))
        counts, _active = data.health_summary(store, today)
        rules = health.DEFAULT_RULES
        defaults = health.default_keep_in_touch_days()
        with st.expander(t("health.rules.title"), expanded=False, icon=":material/rule:"):
            for label in health.LABELS:
                st.markdown("- **" + t(f"health.label.{label}") + "**: " + _rule(label))
            st.markdown(
                t(
                    "health.rules.intervals",
                    mentor=defaults.get("mentor", 0),
                    frentor=defaults.get("frentor", 0),
                    peer=defaults.get("peer", 0),
                    mentee=defaults.get("mentee", 0),
                )
            )
            st.caption(t("health.rules.paused"))
        label = st.segmented_control(
            t("health.filter"),
            list(health.LABELS),
            default="check_in",
            required=True,
            format_func=lambda k: t("health.filter_option", label=t(f"health.label.{k}"), count=counts[k]),
            key="balance_health_label",
        )
        label = label or "check_in"
        st.caption(t("health.rule_line", label=t(f"health.label.{label}"), rule=_rule(label)))
        chosen = data.health_rows(store, today, label)
        if chosen.empty:
            st.caption(t("health.none", label=t(f"health.label.{label}")))
        else:
            table = pd.DataFrame(
                {
                    "name": chosen["name"],
                    "role": [t(f"role.{r}") for r in chosen["role"]],
                    "last": chosen["last_exchange"],
                    "days": chosen["days_since"],
                    "interval": chosen["interval_days"],
                    "given": chosen["given_recent"].round(2),
                    "received": chosen["received_recent"].round(2),
                }
            )
            st.dataframe(
                table,
                hide_index=True,
                key="balance_health_table",
                column_config={
                    "name": st.column_config.TextColumn(t("field.name")),
                    "role": st.column_config.TextColumn(t("field.role")),
                    "last": st.column_config.DateColumn(t("health.col.last"), format="YYYY-MM-DD"),
                    "days": st.column_config.NumberColumn(t("health.col.days")),
                    "interval": st.column_config.NumberColumn(t("health.col.interval")),
                    "given": st.column_config.NumberColumn(
                        t("health.col.given", months=rules.tilt_months), format="%.2f"
                    ),
                    "received": st.column_config.NumberColumn(
                        t("health.col.received", months=rules.tilt_months), format="%.2f"
                    ),
                },
            )
            if counts[label] > HEALTH_TABLE_ROWS:
                st.caption(t("health.more", shown=HEALTH_TABLE_ROWS, total=counts[label]))
        page_link("people", t("health.open_people"))
