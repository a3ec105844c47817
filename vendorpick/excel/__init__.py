"""Excel files: the comparison workbook (:mod:`.export`) and the quote
template with its importer (:mod:`.quotes`).

openpyxl is imported only inside this package, so that the application
starts without it.
"""
