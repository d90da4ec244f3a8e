"""The only Streamlit code outside views/: store handle, language, navigation, shared widgets, errors."""
