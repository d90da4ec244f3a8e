"""People: add, find, open one person; stage moves with what the method expects, homework, give first, edit,
archive or delete. The parts live in frentor/ui/people/."""

import streamlit as st

from frentor.people import PAGE_SIZE
from frentor.ui.coaching.composer import COMPOSE_TAB, compose_tab
from frentor.ui.contacts.calendar import calendar_download
from frentor.ui.contacts.section import import_contacts_section
from frentor.ui.i18n import t
from frentor.ui.page import page
from frentor.ui.people import data
from frentor.ui.people.add import add_person_section
from frentor.ui.people.charts import overview_charts
from frentor.ui.people.detail import DetailTab, person_detail
from frentor.ui.people.detail_edit import edit_tab
from frentor.ui.people.detail_give import give_tab
from frentor.ui.people.detail_homework import homework_tab
from frentor.ui.people.detail_manage import manage_tab
from frentor.ui.people.detail_stage import stage_tab
from frentor.ui.people.finder import finder
from frentor.ui.people.picker import person_picker
from frentor.ui.people.results import results_table
from frentor.ui.widgets import empty_state, page_header, page_number

with page("people") as store:
    DETAIL_TABS = (
        DetailTab("people.tab.stage", stage_tab),
        DetailTab("people.tab.homework", homework_tab),
        DetailTab("people.tab.give", give_tab),
        DetailTab(COMPOSE_TAB, compose_tab),
        DetailTab("people.tab.edit", edit_tab),
        DetailTab("people.tab.manage", manage_tab),
    )

    page_header("people", "people.purpose")
    if data.counts(store).total == 0:
        empty_state("people.empty")
        import_contacts_section(store, first=True)  # a network kept elsewhere is the quickest start
        add_person_section(store, first=True)
        st.stop()
    add_person_section(store, first=False)
    import_contacts_section(store, first=False)

    filters = finder(store)
    shown_page = page_number(t("people.page"), data.matching(store, filters), PAGE_SIZE, key="people_page")
    results_table(store, filters, shown_page)
    calendar_download(store, key="people_calendar")
    person_id = person_picker(store, filters, shown_page)
    if person_id:
        person_detail(store, person_id, DETAIL_TABS)
    overview_charts(store)  # last, so that finding and acting on a person comes first, also on a phone
