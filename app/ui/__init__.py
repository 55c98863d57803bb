"""The Qt user interface of Cliqphone Desk (widgets, Qt models, dialogs).

Widgets never call httpx nor the client: they go through `ApiService` (`_service.py`), and every
error reaches the user through the one mapping in `_errors.py`.
"""
