from frentor.ui.widgets import empty_state, page_header

page_header("reports", "placeholder.purpose.reports")
empty_state("placeholder.empty.reports", next_page="home")
