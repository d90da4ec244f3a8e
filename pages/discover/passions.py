from frentor.ui.widgets import empty_state, page_header

page_header("passions", "placeholder.purpose.passions")
empty_state("placeholder.empty.passions", next_page="home")
