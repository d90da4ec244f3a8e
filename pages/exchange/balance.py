from frentor.ui.widgets import empty_state, page_header

page_header("balance", "placeholder.purpose.balance")
empty_state("placeholder.empty.balance", next_page="home")
