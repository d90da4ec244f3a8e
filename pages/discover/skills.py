from frentor.ui.widgets import empty_state, page_header

page_header("skills", "placeholder.purpose.skills")
empty_state("placeholder.empty.skills", next_page="home")
