"""The only Streamlit code besides the screens: page setup and menu, store handle, actions, caching, components."""
