"""Data that ships with ``timeline``: the embedded demo.

>>> from timeline.data import khalilzad
>>> khalilzad.SOURCE.written
FuzzyDate.day(2021, 10, 18)
"""
