from frentor.ui.widgets import empty_state, page_header

page_header("people", "placeholder.purpose.people")
empty_state("placeholder.empty.people", next_page="home")
