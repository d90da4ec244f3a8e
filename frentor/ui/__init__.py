"""The only Streamlit code outside pages/: store handle, language, navigation, shared widgets, errors."""
