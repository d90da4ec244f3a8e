from frentor.ui.widgets import empty_state, page_header

page_header("ledger", "placeholder.purpose.ledger")
empty_state("placeholder.empty.ledger", next_page="home")
