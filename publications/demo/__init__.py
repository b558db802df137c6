"""The publications part of the demo site: its content as data (``content.py``) and the code
that loads it (``loader.py``).
"""
