"""Calendar durations with a qualifier ("more than three years", "about a week").

>>> from timeline.durations import Duration, Qualifier
>>> str(Duration(years=3, qualifier=Qualifier.AT_LEAST))
'at least 3 years'
"""

from timeline._duration import DEFAULT_ABOUT, Duration, Qualifier

__all__ = ["DEFAULT_ABOUT", "Duration", "Qualifier"]
