from frentor.ui.widgets import empty_state, page_header

page_header("shortlist", "placeholder.purpose.shortlist")
empty_state("placeholder.empty.shortlist", next_page="home")
