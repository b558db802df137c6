"""The site's own number and date formats, where Django's for a language do not suit its readers.

Named by FORMAT_MODULE_PATH in the settings; one package per language, such as ``es``.
"""
