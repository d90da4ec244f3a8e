"""People: add, find, open one person; stage moves with what the method expects, homework, give first, edit,
archive or delete."""

import streamlit as st

from frentor import people as people_api
from frentor.charts.people import pipeline_funnel, role_mix
from frentor.errors import ValidationError
from frentor.give_first import HOMEWORK_ITEMS
from frentor.homework import add_question, delete_question, mark_question_asked, set_homework
from frentor.markdown import escape_markdown
from frentor.people import DEFAULT_KEEP_IN_TOUCH_DAYS, ROLES, STAGES, TIERS, NewPerson, PeopleFilter
from frentor.stages import expectations, move_stage, next_stage
from frentor.ui.actions import act, act_in_callback, show_failure
from frentor.ui.caching import cached_figure
from frentor.ui.i18n import t
from frentor.ui.page import page
from frentor.ui.people import data
from frentor.ui.quick_log import quick_log
from frentor.ui.widgets import empty_state, page_header
from frentor.validation import clean_url

with page("people") as store:
    PAGE_SIZE = 25
    MET = ":green[:material/check_circle:]"
    UNMET = ":orange[:material/radio_button_unchecked:]"

    page_header("people", "people.purpose")

    def label_role(role: str) -> str:
        return t(f"role.{role}")

    def label_stage(stage: str) -> str:
        return t(f"stage.{stage}")

    def label_tier(tier: str) -> str:
        return t(f"tier.{tier}")

    overview = data.counts(store)
    total_people, stage_frame, role_frame = overview.total, overview.stages, overview.roles
    linkable = data.choices(store)
    passion_titles, community_names, skill_names = linkable.passions, linkable.communities, linkable.skill_names
    keep_help = t("people.keep_in_touch_help", **DEFAULT_KEEP_IN_TOUCH_DAYS)

    def person_form_fields(prefix: str, person: people_api.Person | None) -> NewPerson:
        """The fields shared by the add and edit forms; returns what was entered (validated on save)."""
        left, right = st.columns(2)
        name = left.text_input(
            t("field.name"), value=person.name if person else "", key=f"{prefix}_name", max_chars=200
        )
        organisation = right.text_input(
            t("field.organisation"), value=person.organisation if person else "", key=f"{prefix}_org", max_chars=200
        )
        role = left.selectbox(
            t("field.role"),
            ROLES,
            index=ROLES.index(person.role) if person else ROLES.index("mentor"),
            format_func=label_role,
            key=f"{prefix}_role",
            help=t("people.role_help"),
        )
        tier = right.selectbox(
            t("field.reach_tier"),
            TIERS,
            index=TIERS.index(person.reach_tier) if person else TIERS.index("fifty_fifty"),
            format_func=label_tier,
            key=f"{prefix}_tier",
            help=t("people.tier_help"),
        )
        chosen_passions = st.multiselect(
            t("field.person_passions"),
            list(passion_titles),
            default=[p for p in (person.passion_ids if person else ()) if p in passion_titles],
            format_func=lambda pid: passion_titles.get(pid, pid),
            key=f"{prefix}_passions",
        )
        skill_options = sorted(
            set(skill_names) | set(person.offers if person else ()) | set(person.needs if person else ()), key=str.lower
        )
        offers = left.multiselect(
            t("field.person_offers"),
            skill_options,
            default=list(person.offers) if person else [],
            accept_new_options=True,
            key=f"{prefix}_offers",
            help=t("people.skills_help"),
        )
        needs = right.multiselect(
            t("field.person_needs"),
            skill_options,
            default=list(person.needs) if person else [],
            accept_new_options=True,
            key=f"{prefix}_needs",
            help=t("people.skills_help"),
        )
        channels = st.text_area(
            t("field.person_channels"),
            value=people_api.format_channel_lines(person.channels) if person else "",
            key=f"{prefix}_channels",
            help=t("people.channels_help"),
            height=80,
        )
        hashtags = left.text_input(
            t("field.person_hashtags"), value=person.hashtags if person else "", key=f"{prefix}_hashtags"
        )
        chosen_communities = right.multiselect(
            t("field.person_communities"),
            list(community_names),
            default=[c for c in (person.community_ids if person else ()) if c in community_names],
            format_func=lambda cid: community_names.get(cid, cid),
            key=f"{prefix}_communities",
        )
        next_action = left.text_input(
            t("field.person_next_action"), value=person.next_action if person else "", key=f"{prefix}_next_action"
        )
        due = right.date_input(
            t("field.person_next_action_due"),
            value=person.next_action_due if person else None,
            key=f"{prefix}_due",
            format="YYYY-MM-DD",
        )
        keep = left.number_input(
            t("field.person_keep_in_touch"),
            min_value=0,
            max_value=people_api.KEEP_IN_TOUCH_MAX_DAYS,
            value=(person.keep_in_touch_days or 0) if person else 0,
            step=1,
            key=f"{prefix}_keep",
            help=keep_help,
        )
        notes = st.text_area(t("field.notes"), value=person.notes if person else "", key=f"{prefix}_notes", height=80)
        return NewPerson(
            name=name,
            role=role,
            reach_tier=tier,
            organisation=organisation,
            notes=notes,
            passion_ids=list(chosen_passions),
            hashtags=hashtags,
            community_ids=list(chosen_communities),
            offers=list(offers),
            needs=list(needs),
            channels=people_api.parse_channel_lines(channels),
            next_action=next_action,
            next_action_due=due,
            keep_in_touch_days=int(keep) if keep else None,
        )

    # -- Add ---------------------------------------------------------------------------------------------------------
    if total_people == 0:
        empty_state("people.empty")
    with st.expander(t("people.add"), expanded=total_people == 0, icon=":material/person_add:"):
        with st.form("people_add_form", clear_on_submit=True, border=False):
            new_person = person_form_fields("people_add", None)
            submitted = st.form_submit_button(t("people.add_submit"), key="people_add_submit", type="primary")
        if submitted:

            def add_and_open() -> str:
                new_id = people_api.add_person(store, new_person)
                st.session_state["people_open"] = new_id  # the new person opens on the rerun
                return new_id

            act(add_and_open, success=t("people.added", name=escape_markdown(new_person.name.strip())))

    if total_people == 0:
        st.stop()

    # -- Overview charts (drawn last, so finding and acting on a person comes first, also on a phone) ------------------
    def render_charts() -> None:
        st.divider()
        chart_left, chart_right = st.columns(2)
        funnel = cached_figure(
            "people_funnel",
            (stage_frame,),
            lambda: pipeline_funnel(
                stage_frame,
                stage_labels={s: label_stage(s) for s in STAGES},
                title=t("people.chart.funnel"),
                x_title=t("people.chart.people_axis"),
            ),
        )
        roles = cached_figure(
            "people_roles",
            (role_frame,),
            lambda: role_mix(
                role_frame,
                role_labels={r: label_role(r) for r in ROLES},
                title=t("people.chart.roles"),
                y_title=t("people.chart.people_axis"),
            ),
        )
        with chart_left:
            st.plotly_chart(funnel, width="stretch", key="people_chart_funnel")
            st.caption(t("people.chart.funnel_caption"))
        with chart_right:
            st.plotly_chart(roles, width="stretch", key="people_chart_roles")
            st.caption(t("people.chart.roles_caption"))

    # -- Find ----------------------------------------------------------------------------------------------------------
    query = st.text_input(t("people.search"), key="people_search", icon=":material/search:")
    f1, f2, f3, f4 = st.columns(4)
    roles = f1.multiselect(t("people.filter_role"), ROLES, format_func=label_role, key="people_filter_role")
    stages = f2.multiselect(t("people.filter_stage"), STAGES, format_func=label_stage, key="people_filter_stage")
    tiers = f3.multiselect(t("people.filter_tier"), TIERS, format_func=label_tier, key="people_filter_tier")
    passion_filter = f4.selectbox(
        t("people.filter_passion"),
        list(passion_titles),
        index=None,
        format_func=lambda pid: passion_titles.get(pid, pid),
        placeholder=t("people.filter_any"),
        key="people_filter_passion",
    )
    include_archived = st.checkbox(t("people.include_archived"), key="people_include_archived")

    filters = PeopleFilter(query, tuple(roles), tuple(stages), tuple(tiers), passion_filter, include_archived)
    _, matching = data.search(store, filters, 1, 0)
    pages = max(1, -(-matching // PAGE_SIZE))
    if st.session_state.get("people_page", 1) > pages:
        st.session_state["people_page"] = pages
    page_number = 1
    if pages > 1:
        page_number = int(
            st.number_input(t("people.page"), min_value=1, max_value=pages, value=1, step=1, key="people_page")
        )
    frame, matching = data.search(store, filters, PAGE_SIZE, (page_number - 1) * PAGE_SIZE)

    if matching == 0:
        st.info(t("people.no_match"), icon=":material/filter_alt_off:")
    else:
        start = (page_number - 1) * PAGE_SIZE + 1
        st.caption(t("people.showing", start=start, end=start + len(frame) - 1, total=matching))
        shown = frame.assign(
            role=frame["role"].map(label_role),
            stage=frame["stage"].map(label_stage),
            reach_tier=frame["reach_tier"].map(label_tier),
        )
        st.dataframe(
            shown,
            hide_index=True,
            key="people_table",
            column_order=(
                "name",
                "role",
                "stage",
                "reach_tier",
                "next_action",
                "next_action_due",
                "keep_in_touch_days",
                "homework_done",
                "last_exchange",
                "organisation",
            ),
            column_config={
                "name": st.column_config.TextColumn(t("field.name"), pinned=True),
                "role": t("field.role"),
                "stage": t("field.stage"),
                "reach_tier": t("field.reach_tier"),
                "organisation": t("field.organisation"),
                "next_action": t("field.person_next_action"),
                "next_action_due": st.column_config.DateColumn(t("field.person_next_action_due"), format="YYYY-MM-DD"),
                "keep_in_touch_days": st.column_config.NumberColumn(t("people.col.keep_in_touch"), format="%d"),
                "homework_done": st.column_config.ProgressColumn(
                    t("people.col.homework"), min_value=0, max_value=4, format="%d"
                ),
                "last_exchange": st.column_config.DateColumn(t("people.col.last_exchange"), format="YYYY-MM-DD"),
            },
        )

    # -- Open one person -----------------------------------------------------------------------------------------------
    options = dict(zip(frame["id"], frame["name"], strict=True))
    open_id = st.session_state.get("people_open")
    if open_id and open_id not in options:
        known = data.names(store, (open_id,))
        if open_id in known:
            options = {open_id: known[open_id], **options}
        else:
            st.session_state.pop("people_open", None)
    chosen_id = st.selectbox(
        t("people.open"),
        list(options),
        index=None,
        format_func=lambda pid: options.get(pid, pid),
        key="people_open",
        placeholder=t("people.open"),
    )
    detail = data.detail(store, chosen_id) if chosen_id else None
    if detail is None:
        render_charts()
        st.stop()

    person = detail.person
    pid = person.id
    st.divider()
    st.subheader(escape_markdown(person.name))
    summary = t(
        "people.detail.summary",
        role=label_role(person.role),
        stage=label_stage(person.stage),
        tier=label_tier(person.reach_tier),
    )
    st.caption(summary + (f" · {escape_markdown(person.organisation)}" if person.organisation else ""))
    if person.archived:
        st.info(t("people.detail.archived"), icon=":material/inventory_2:")

    tab_stage, tab_homework, tab_give, tab_edit, tab_manage = st.tabs(
        [
            t("people.tab.stage"),
            t("people.tab.homework"),
            t("people.tab.give"),
            t("people.tab.edit"),
            t("people.tab.manage"),
        ]
    )

    # Stage and next step
    with tab_stage:
        if person.next_action and person.next_action_due:
            st.markdown(
                t(
                    "people.detail.next_action",
                    action=escape_markdown(person.next_action),
                    due=person.next_action_due.isoformat(),
                )
            )
        elif person.next_action:
            st.markdown(t("people.detail.next_action_undated", action=escape_markdown(person.next_action)))
        else:
            st.info(t("people.detail.no_next_action"), icon=":material/flag:")
        if person.keep_in_touch_days:
            st.caption(t("people.detail.keep_in_touch", days=person.keep_in_touch_days))
        else:
            st.caption(t("people.detail.keep_in_touch_default", days=person.effective_keep_in_touch_days))
        if person.channels:
            st.caption(t("people.detail.links"))
            link_columns = st.columns(min(len(person.channels), 4))
            for index, (platform, url) in enumerate(person.channels):
                try:  # stored links were checked on save; check again before making one clickable
                    safe_url = clean_url(url, "field.url")
                except ValidationError:
                    safe_url = ""
                column = link_columns[index % len(link_columns)]
                if safe_url:
                    column.link_button(platform or safe_url, safe_url, icon=":material/open_in_new:")
                else:
                    column.text(platform or url)

        st.markdown("**" + t("people.stage.title") + "**")
        st.markdown(
            " → ".join(
                f"**{label_stage(s)}**" if s == person.stage else label_stage(s) for s in STAGES if s != "paused"
            )
            + (f" · **{label_stage('paused')}**" if person.stage == "paused" else "")
        )
        targets = [s for s in STAGES if s != person.stage]
        suggested = next_stage(person.stage)
        target = st.selectbox(
            t("people.stage.move_to"),
            targets,
            index=targets.index(suggested) if suggested in targets else 0,
            format_func=label_stage,
            key=f"person_stage_target_{pid}",
        )
        checks = expectations(target, detail.facts)
        if checks:
            st.markdown(t("people.stage.expect", stage=label_stage(target)))
            st.markdown("\n".join(f"- {MET if c.met else UNMET} {t(f'stage_rule.{c.rule}')}" for c in checks))
            if all(c.met for c in checks):
                st.success(t("people.stage.all_met"), icon=":material/check:")
            else:
                st.warning(t("people.stage.some_unmet"), icon=":material/info:")
        else:
            st.caption(t("people.stage.expect_none"))
        if st.button(t("people.stage.move", stage=label_stage(target)), key=f"person_stage_move_{pid}", type="primary"):
            act(
                lambda: move_stage(store, pid, target),
                success=lambda moved: (
                    t("people.stage.moved_unmet", stage=label_stage(target), count=len(moved.unmet))
                    if moved.unmet
                    else t("people.stage.moved", stage=label_stage(target))
                ),
            )

    # Homework and prepared questions
    with tab_homework:
        homework = detail.homework
        st.caption(t("people.homework.caption"))
        st.progress(homework.done / 4, text=t("people.homework.progress", done=homework.done))
        with st.form(f"person_homework_form_{pid}", border=False):
            ticks = {
                item: st.checkbox(t(f"homework.{item}"), value=homework.items[item], key=f"person_hw_{item}_{pid}")
                for item in HOMEWORK_ITEMS
            }
            save_homework = st.form_submit_button(t("people.homework.save"), key=f"person_homework_save_{pid}")
        if save_homework:
            act(lambda: set_homework(store, pid, ticks), success=t("people.homework.saved"))

        st.markdown("**" + t("people.questions.title") + "**")
        st.caption(t("people.questions.caption"))

        def _toggle_asked(question_id: str, widget_key: str) -> None:
            asked = bool(st.session_state.get(widget_key))
            act_in_callback("people_questions", lambda: mark_question_asked(store, question_id, asked))

        def _remove_question(question_id: str) -> None:
            act_in_callback("people_questions", lambda: delete_question(store, question_id))

        show_failure("people_questions")
        questions = detail.questions
        if questions.empty:
            st.caption(t("people.questions.none"))
        for qid, text, asked in zip(questions["id"], questions["question"], questions["asked"], strict=True):
            q_left, q_right = st.columns([5, 1], vertical_alignment="center")
            q_left.checkbox(
                escape_markdown(text),
                value=bool(asked),
                key=f"person_q_asked_{qid}",
                on_change=_toggle_asked,
                args=(qid, f"person_q_asked_{qid}"),
                help=t("people.questions.asked"),
            )
            q_right.button(
                t("people.questions.delete"),
                key=f"person_q_delete_{qid}",
                on_click=_remove_question,
                args=(qid,),
                icon=":material/close:",
            )
        with st.form(f"person_question_form_{pid}", clear_on_submit=True, border=False):
            new_question = st.text_input(t("people.questions.new"), key=f"person_question_new_{pid}", max_chars=1000)
            add_clicked = st.form_submit_button(t("people.questions.add"), key=f"person_question_add_{pid}")
        if add_clicked:
            act(lambda: add_question(store, pid, new_question), success=t("people.questions.added"))

    # Give before you ask, skill trades, quick log
    with tab_give:
        st.markdown("**" + t("give_first.title") + "**")
        advice = detail.advice
        if advice is None:
            st.success(t("give_first.ok"), icon=":material/volunteer_activism:")
        else:
            lines = [
                t("give_first.given", points=f"{advice.given_points:g}")
                if advice.has_given
                else t("give_first.not_given")
            ]
            if advice.missing_homework:
                lines.append(
                    t(
                        "give_first.missing_homework",
                        items="; ".join(t(f"homework.{i}") for i in advice.missing_homework),
                    )
                )
            if advice.offer_skills:
                lines.append(
                    t("give_first.offer_skills", skills=", ".join(escape_markdown(s) for s in advice.offer_skills))
                )
            lines.append(t("give_first.suggest", kinds=", ".join(t(f"kind.{k}") for k in advice.suggestions)))
            st.warning("\n\n".join(lines), icon=":material/volunteer_activism:")

        st.markdown("**" + t("trades.title") + "**")
        trades = detail.trades
        if trades:
            st.markdown(
                "\n".join(
                    f"- {t('trades.i_give' if trade.i_give else 'trades.i_get', skill=escape_markdown(trade.skill))}"
                    for trade in trades
                )
            )
        else:
            st.caption(t("trades.none"))
        quick_log(store, person_id=pid, key=f"person_ql_{pid}")

    # Edit
    with tab_edit:
        with st.form(f"person_edit_form_{pid}", border=False):
            edited = person_form_fields(f"person_edit_{pid}", person)
            save_edit = st.form_submit_button(t("ui.save"), key=f"person_edit_submit_{pid}", type="primary")
        if save_edit:
            act(
                lambda: people_api.update_person(store, pid, edited),
                success=t("people.edit.saved", name=escape_markdown(edited.name.strip())),
            )

    # Archive or delete
    with tab_manage:
        st.caption(t("people.archive_help"))
        if person.archived:
            if st.button(t("people.unarchive"), key=f"person_unarchive_{pid}", icon=":material/unarchive:"):
                act(
                    lambda: people_api.archive_person(store, pid, archived=False),
                    success=t("people.unarchived_toast", name=escape_markdown(person.name)),
                )
        elif st.button(t("people.archive"), key=f"person_archive_{pid}", icon=":material/archive:"):
            act(
                lambda: people_api.archive_person(store, pid, archived=True),
                success=t("people.archived_toast", name=escape_markdown(person.name)),
            )

        st.divider()
        impact = detail.impact
        if impact is not None:
            st.warning(
                t(
                    "people.delete.impact",
                    name=escape_markdown(person.name),
                    links=impact.links,
                    questions=impact.questions,
                    channels=impact.channels,
                ),
                icon=":material/delete_forever:",
            )
            with_ledger = False
            if impact.ledger_entries:
                st.info(t("people.delete.has_ledger", entries=impact.ledger_entries), icon=":material/receipt_long:")
                with_ledger = st.checkbox(
                    t("people.delete.with_ledger", entries=impact.ledger_entries), key=f"person_delete_ledger_{pid}"
                )

            def _delete(person_id: str, name: str, include_ledger: bool) -> None:
                deleted = act_in_callback(
                    "people_delete",
                    lambda: people_api.delete_person(store, person_id, delete_ledger_entries=include_ledger),
                    success=t("people.delete.done", name=escape_markdown(name)),
                )
                if deleted is not None:
                    st.session_state.pop("people_open", None)

            show_failure("people_delete")

            st.button(
                t("ui.confirm_delete"),
                key=f"person_delete_{pid}",
                type="primary",
                icon=":material/delete:",
                on_click=_delete,
                args=(pid, person.name, with_ledger),
            )

    render_charts()
