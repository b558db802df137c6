"""Spanish as it is written in the United States: numbers grouped and pointed as in English.

The site's Spanish readers live in New York and read amounts in dollars, so "$12,300" and "1.8 MB" (as
es-US and Mexican Spanish write them), not Spain's "12 300" and "1,8". Dates keep Django's Spanish
formats ("5 de marzo de 2024"): whatever is not set here comes from django/conf/locale/es/formats.py.
"""

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
