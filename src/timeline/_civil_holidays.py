"""The civil and secular holidays: fixed days, weekdays of a month, and days shifted from them.

Each is a :class:`~timeline._holiday_rules.Holiday`; a name with different dates in different
countries has one definition per group of regions (Thanksgiving in the US and in Canada).
Aliases are normalised phrases (see :func:`timeline._holidays.normalise`).

>>> len(CIVIL_HOLIDAYS) > 100
True
"""

from __future__ import annotations

from typing import Final

from timeline._calendar import Weekday
from timeline._holiday_rules import (
    NEAREST_WEEKDAY,
    SUNDAY_TO_MONDAY,
    SUNDAY_TO_SATURDAY,
    Between,
    ByYear,
    Direction,
    EveryNYears,
    Fixed,
    NextBusinessDay,
    NthWeekday,
    Relative,
    WeekdayNear,
    define,
)

__all__ = ["CIVIL_HOLIDAYS"]

MON, TUE, WED, THU, FRI, SAT, SUN = tuple(Weekday)
_LAST: Final = -1

#: Daylight saving time by the European Union's rule (and the UK's, Ireland's, Switzerland's).
_EUROPE: Final = (
    "AT BE BG CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IT LT LU LV MT NL NO PL PT RO SE SI SK"
)
# Where Mother's Day is the second Sunday of May and Father's Day the third Sunday of June.
_MAY_MOTHERS: Final = "US CA AU NZ BZ IN JM PH TT ZA DE IT JP SG"
_JUNE_FATHERS: Final = "US CA GB IE BZ IN JM PH TT ZA FR JP SG"

_THANKSGIVING_US: Final = NthWeekday(11, THU, 4)
_LABOR_DAY_US: Final = NthWeekday(9, MON, 1)
_MOTHERS_DAY_MAY: Final = NthWeekday(5, SUN, 2)
_EMANCIPATION_DC: Final = Fixed(4, 16, shift=NEAREST_WEEKDAY)
_EMS_WEEK: Final = NthWeekday(5, SUN, 3, length=7)
# US presidential election years: primaries, election day and inauguration follow them.
_EVERY_FOURTH: Final = 4

CIVIL_HOLIDAYS: Final = (
    # New year and winter.
    define("New Year's Day", "new years day|new year day|new years|new year", Fixed(1, 1)),
    define("New Year's Eve", "new years eve|new year eve|hogmanay", Fixed(12, 31)),
    define(
        "Martin Luther King Jr. Day",
        "martin luther king day|martin luther kings day|martin luther king jr day|"
        "martin luther king junior day|martin luther king jr s day|mlk day|mlk jr day|"
        "mlk|civil rights day|king day",
        NthWeekday(1, MON, 3),
        "US",
    ),
    define(
        "Inauguration Day",
        "inauguration day|presidential inauguration",
        Between(EveryNYears(Fixed(1, 20), _EVERY_FOURTH, 1), first=1937),
        "US",
    ),
    define("Australia Day", "australia day", Fixed(1, 26), "AU"),
    define("Republic Day", "republic day", Fixed(1, 26), "IN"),
    define("Burns Night", "burns night|burns supper|robert burns day", Fixed(1, 25), "GB"),
    define("Groundhog Day", "groundhog day|groundhogs day", Fixed(2, 2), "US CA"),
    define("Waitangi Day", "waitangi day", Fixed(2, 6), "NZ"),
    define(
        "Lincoln's Birthday",
        "lincolns birthday|lincoln birthday|lincoln day|abraham lincolns birthday|"
        "abraham lincoln birthday",
        Fixed(2, 12),
        "US",
    ),
    define(
        "Valentine's Day",
        "valentines day|valentine day|valentines|saint valentines day|st valentines day",
        Fixed(2, 14),
    ),
    define(
        "Presidents' Day",
        "presidents day|president day|washingtons birthday|washington birthday|"
        "washingtons day|george washington day|daisy gatson bates day",
        NthWeekday(2, MON, 3),
        "US",
    ),
    define(
        "Family Day",
        "family day|islander day|louis riel day|nova scotia heritage day",
        NthWeekday(2, MON, 3),
        "CA",
    ),
    define(
        "Shivaji Jayanti",
        "shivaji jayanti|shiv jayanti|chhatrapati shivaji jayanti",
        Fixed(2, 19),
        "IN",
    ),
    define(
        "Royal Hobart Regatta",
        "royal hobart regatta|hobart regatta",
        NthWeekday(2, MON, 2, offset=-2, length=3),
        "AU",
    ),
    # Spring.
    define("St David's Day", "st davids day|saint davids day", Fixed(3, 1), "GB"),
    define(
        "International Women's Day",
        "international womens day|womens day|international women day",
        Fixed(3, 8),
    ),
    define(
        "St Patrick's Day",
        "st patricks day|saint patricks day|st paddys day|saint paddys day|"
        "st pattys day|saint pattys day|paddys day|patricks day|st patrick day|"
        "saint patrick day",
        Fixed(3, 17),
    ),
    define("Human Rights Day", "human rights day", Fixed(3, 21), "ZA"),
    define(
        "April Fools' Day", "april fools day|april fools|april fool day|april fool", Fixed(4, 1)
    ),
    define("Vimy Ridge Day", "vimy ridge day", Fixed(4, 9), "CA"),
    define(
        "Siblings Day",
        "siblings day|sibling day|national siblings day|national sibling day",
        Fixed(4, 10),
        "US",
    ),
    define("Emancipation Day", "emancipation day|dc emancipation day", _EMANCIPATION_DC, "US"),
    define("Emancipation Day", "emancipation day", Fixed(8, 1), "JM TT BB BS"),
    define(
        "Tax Day",
        "tax day|tax deadline day",
        NextBusinessDay(Fixed(4, 15), (_EMANCIPATION_DC,)),
        "US",
    ),
    define("Patriots' Day", "patriots day", NthWeekday(4, MON, 3), "US"),
    define("Earth Day", "earth day|international mother earth day", Fixed(4, 22)),
    define("St George's Day", "st georges day|saint georges day", Fixed(4, 23), "GB"),
    define("ANZAC Day", "anzac day", Fixed(4, 25), "AU NZ"),
    define(
        "Administrative Professionals' Day",
        "administrative professionals day|administrative professional day|"
        "admin professionals day|admin day|admins day|administrators day|"
        "secretaries day|secretarys day|secretary day|professional secretaries day|"
        "administrative assistants day|office professionals day",
        WeekdayNear(4, 30, SAT, Direction.ON_OR_BEFORE, offset=-3),
        "US CA",
    ),
    define(
        "Administrative Professionals' Day",
        "administrative professionals day|administrative professional day|admin day|"
        "admins day|secretaries day|office professionals day",
        NthWeekday(5, FRI, 1),
        "AU",
    ),
    define(
        "Administrative Professionals' Day",
        "administrative professionals day|administrative professional day|admin day|"
        "admins day|secretaries day",
        NthWeekday(4, WED, 3),
        "NZ",
    ),
    define(
        "Administrative Professionals' Day",
        "administrative professionals day|administrative professional day|admin day|"
        "admins day|secretaries day",
        NthWeekday(9, WED, 1),
        "ZA",
    ),
    define(
        "Global Youth Service Day",
        "global youth service day|gysd|national youth service day",
        NthWeekday(4, FRI, _LAST, length=3),
    ),
    define(
        "King's Day",
        "kings day|koningsdag",
        Between(Fixed(4, 27, shift=SUNDAY_TO_SATURDAY), first=2014),
        "NL",
    ),
    define(
        "Queen's Day",
        "queens day|koninginnedag",
        Between(Fixed(4, 30, shift=SUNDAY_TO_MONDAY), first=1949, last=2013),
        "NL",
    ),
    define("Freedom Day", "freedom day", Fixed(4, 27), "ZA"),
    # May Day and the labour days.
    define("Labor Day", "labor day|labour day", _LABOR_DAY_US, "US"),
    define("Labour Day", "labour day|labor day", _LABOR_DAY_US, "CA"),
    define("Labour Day", "labour day|labor day|eight hours day", NthWeekday(10, MON, 1), "AU"),
    define("Labour Day", "labour day|labor day", NthWeekday(10, MON, 4), "NZ"),
    define("Labour Day", "labour day|labor day|may day", NthWeekday(5, MON, 1), "IE"),
    define("Labour Day", "labour day|labor day", Fixed(5, 23), "JM"),
    define("Labour Day", "labour day|labor day", Fixed(6, 19), "TT"),
    define(
        "Labour Day",
        "labour day|labor day|international workers day|workers day|may day",
        Fixed(5, 1),
    ),
    define("Loyalty Day", "loyalty day|law day|lei day", Fixed(5, 1), "US"),
    define(
        "Early May Bank Holiday",
        "early may bank holiday|may day bank holiday|may bank holiday",
        NthWeekday(5, MON, 1),
        "GB",
    ),
    define("Cinco de Mayo", "cinco de mayo", Fixed(5, 5)),
    define("Mother's Day", "mothers day|mother day", _MOTHERS_DAY_MAY, _MAY_MOTHERS),
    define(
        "Military Spouse Day",
        "military spouse day|military spouse appreciation day",
        Relative(_MOTHERS_DAY_MAY, -2),
        "US",
    ),
    define(
        "Emergency Medical Services Week",
        "ems week|emergency medical services week",
        _EMS_WEEK,
        "US",
    ),
    define(
        "Emergency Medical Services for Children Day",
        "emsc day|emergency medical services for children day",
        NthWeekday(5, SUN, 3, offset=3),
        "US",
    ),
    define(
        "Victoria Day",
        "victoria day|sovereigns birthday|fete de la reine",
        WeekdayNear(5, 24, MON, Direction.ON_OR_BEFORE),
        "CA",
    ),
    define(
        "National Patriots' Day",
        "national patriots day|journee nationale des patriotes",
        WeekdayNear(5, 24, MON, Direction.ON_OR_BEFORE),
        "CA",
    ),
    define(
        "Reconciliation Day",
        "reconciliation day",
        Between(WeekdayNear(5, 27, MON, Direction.ON_OR_AFTER), first=2018),
        "AU",
    ),
    define("Memorial Day", "memorial day|decoration day", NthWeekday(5, MON, _LAST), "US"),
    define(
        "Spring Bank Holiday",
        "spring bank holiday|whitsun bank holiday",
        NthWeekday(5, MON, _LAST),
        "GB",
    ),
    define("Indian Arrival Day", "indian arrival day", Fixed(5, 30), "TT"),
    # Summer.
    define(
        "Independence Day",
        "independence day|fourth of july|the fourth of july|july fourth",
        Fixed(7, 4),
        "US",
    ),
    define("Independence Day", "independence day", Fixed(8, 15), "IN"),
    define("Independence Day", "independence day|araw ng kalayaan", Fixed(6, 12), "PH"),
    define("Independence Day", "independence day", Fixed(8, 6), "JM"),
    define("Independence Day", "independence day", Fixed(8, 31), "TT"),
    define("June Bank Holiday", "june bank holiday", NthWeekday(6, MON, 1), "IE"),
    define("Flag Day", "flag day", Fixed(6, 14), "US"),
    define("Youth Day", "youth day", Fixed(6, 16), "ZA"),
    define(
        "Juneteenth",
        "juneteenth|juneteenth national independence day|jubilee day",
        Fixed(6, 19),
        "US",
    ),
    define("Father's Day", "fathers day|father day", NthWeekday(6, SUN, 3), _JUNE_FATHERS),
    define("Father's Day", "fathers day|father day", NthWeekday(9, SUN, 1), "AU NZ"),
    define("Discovery Day", "discovery day", WeekdayNear(6, 24, MON, Direction.NEAREST), "CA"),
    define("Canada Day", "canada day|dominion day", Fixed(7, 1), "CA"),
    # Newfoundland keeps 1 July as Memorial Day, for the Battle of the Somme.
    define("Memorial Day", "memorial day", Fixed(7, 1), "CA"),
    define(
        "NAIDOC Week", "naidoc week", WeekdayNear(7, 2, SUN, Direction.ON_OR_AFTER, length=8), "AU"
    ),
    define(
        "The Twelfth",
        "the twelfth|the glorious twelfth|orangemens day|twelfth of july|orangemans day",
        Fixed(7, 12),
        "CA GB",
    ),
    define("Bastille Day", "bastille day|quatorze juillet|french national day", Fixed(7, 14)),
    define(
        "Civic Holiday",
        "civic holiday|british columbia day|natal day|new brunswick day|"
        "saskatchewan day|terry fox day|heritage day|simcoe day",
        NthWeekday(8, MON, 1),
        "CA",
    ),
    define(
        "August Bank Holiday",
        "august bank holiday|summer bank holiday|late summer bank holiday",
        NthWeekday(8, MON, _LAST),
        "GB",
    ),
    define(
        "August Bank Holiday",
        "august bank holiday|summer bank holiday",
        NthWeekday(8, MON, 1),
        "IE",
    ),
    define(
        "Royal Queensland Show",
        "royal queensland show|ekka|the ekka|royal national agricultural show",
        WeekdayNear(8, 5, FRI, Direction.ON_OR_AFTER, length=10),
        "AU",
    ),
    define(
        "Royal Queensland Show Day",
        "royal queensland show day|ekka day|rna show day|ekka peoples day",
        WeekdayNear(8, 5, FRI, Direction.ON_OR_AFTER, offset=5),
        "AU",
    ),
    define("Women's Day", "womens day|national womens day", Fixed(8, 9), "ZA"),
    define(
        "National Heroes' Day", "national heroes day|heroes day", NthWeekday(8, MON, _LAST), "PH"
    ),
    # Autumn.
    define("National Arbor Week", "national arbor week|arbor week", Fixed(9, 1, length=7), "ZA"),
    define(
        "National Grandparents Day",
        "national grandparents day|grandparents day",
        Relative(_LABOR_DAY_US, 6),
        "US",
    ),
    define("Heritage Day", "heritage day|braai day", Fixed(9, 24), "ZA"),
    define("Columbus Day", "columbus day|indigenous peoples day", NthWeekday(10, MON, 2), "US"),
    define(
        "Thanksgiving Day",
        "thanksgiving|thanksgiving day|action de grace",
        NthWeekday(10, MON, 2),
        "CA",
    ),
    define("Thanksgiving Day", "thanksgiving|thanksgiving day", _THANKSGIVING_US, "US"),
    define("Heroes' Day", "heroes day|kruger day", Fixed(10, 10), "ZA"),
    define("Heroes' Day", "heroes day|national heroes day", NthWeekday(10, MON, 3), "JM"),
    define(
        "Boss's Day",
        "bosss day|boss day|bosses day|bosss|national bosss day|national boss day",
        Fixed(10, 16, shift=NEAREST_WEEKDAY),
        "US",
    ),
    define("October Bank Holiday", "october bank holiday", NthWeekday(10, MON, _LAST), "IE"),
    define("Halloween", "halloween|all hallows eve|hallowe en|all hallowe en", Fixed(10, 31)),
    define("World Vegan Day", "world vegan day", Fixed(11, 1)),
    define("Guy Fawkes Day", "guy fawkes day|guy fawkes night|bonfire night", Fixed(11, 5), "GB"),
    define(
        "Election Day",
        "election day",
        EveryNYears(WeekdayNear(11, 2, TUE, Direction.ON_OR_AFTER), 2),
        "US",
    ),
    define("Veterans Day", "veterans day|veteran day", Fixed(11, 11), "US"),
    define("Remembrance Day", "remembrance day|armistice day|poppy day", Fixed(11, 11)),
    define("Remembrance Sunday", "remembrance sunday", NthWeekday(11, SUN, 2), "GB"),
    define(
        "Garifuna Settlement Day", "garifuna settlement day|settlement day", Fixed(11, 19), "BZ"
    ),
    define("Black Friday", "black friday", Relative(_THANKSGIVING_US, 1)),
    define("Cyber Monday", "cyber monday", Relative(_THANKSGIVING_US, 4)),
    define("St Andrew's Day", "st andrews day|saint andrews day", Fixed(11, 30), "GB"),
    define("Bonifacio Day", "bonifacio day", Fixed(11, 30), "PH"),
    define("World AIDS Day", "world aids day", Fixed(12, 1)),
    define(
        "Pearl Harbor Remembrance Day",
        "pearl harbor remembrance day|pearl harbor day",
        Fixed(12, 7),
        "US",
    ),
    define(
        "Day of Reconciliation",
        "day of reconciliation|day of the vow|day of the covenant|dingaans day",
        Fixed(12, 16),
        "ZA",
    ),
    define("Christmas Eve", "christmas eve|xmas eve", Fixed(12, 24)),
    define("Christmas", "christmas|christmas day|xmas|xmas day|x mas", Fixed(12, 25)),
    define("Boxing Day", "boxing day|day of goodwill", Fixed(12, 26)),
    define("Rizal Day", "rizal day", Fixed(12, 30), "PH"),
    # US primaries, held in presidential election years.
    define(
        "Super Tuesday",
        "super tuesday|super tue|super tues",
        EveryNYears(NthWeekday(3, TUE, 1), _EVERY_FOURTH),
        "US",
    ),
    # The names given to the first Tuesday of February when the big primaries moved there.
    define(
        "Super Duper Tuesday",
        "super duper tuesday|tsunami tuesday|giga tuesday|mega giga tuesday",
        EveryNYears(NthWeekday(2, TUE, 1), _EVERY_FOURTH),
        "US",
    ),
    define("Mini-Tuesday", "mini tuesday", EveryNYears(NthWeekday(2, TUE, 1), _EVERY_FOURTH), "US"),
    # Daylight saving time: the day the clocks change, by the rules in force each year.
    define(
        "Daylight Saving Start Day",
        "daylight saving start|daylight savings start|daylight saving start day|"
        "daylight savings start day|daylight saving time start|"
        "daylight savings time start|start of daylight saving time|"
        "start of daylight savings time|dst start",
        ByYear(
            (
                (1967, NthWeekday(4, SUN, _LAST)),
                (1987, NthWeekday(4, SUN, 1)),
                (2007, NthWeekday(3, SUN, 2)),
            )
        ),
        "US CA",
    ),
    define(
        "Daylight Saving End Day",
        "daylight saving end|daylight savings end|daylight saving end day|"
        "daylight savings end day|daylight saving time end|daylight savings time end|"
        "end of daylight saving time|end of daylight savings time|dst end",
        ByYear(((1967, NthWeekday(10, SUN, _LAST)), (2007, NthWeekday(11, SUN, 1)))),
        "US CA",
    ),
    define(
        "Daylight Saving Start Day",
        "daylight saving start|daylight savings start|daylight saving start day|"
        "daylight savings start day|summer time start|start of summer time|"
        "start of british summer time|dst start",
        Between(NthWeekday(3, SUN, _LAST), first=1981),
        _EUROPE,
    ),
    define(
        "Daylight Saving End Day",
        "daylight saving end|daylight savings end|daylight saving end day|"
        "daylight savings end day|summer time end|end of summer time|"
        "end of british summer time|dst end",
        Between(NthWeekday(10, SUN, _LAST), first=1996),
        _EUROPE,
    ),
    define(
        "Daylight Saving Start Day",
        "daylight saving start|daylight savings start|daylight saving start day|"
        "daylight savings start day|dst start",
        Between(NthWeekday(10, SUN, 1), first=2008),
        "AU",
    ),
    define(
        "Daylight Saving End Day",
        "daylight saving end|daylight savings end|daylight saving end day|"
        "daylight savings end day|dst end",
        Between(NthWeekday(4, SUN, 1), first=2008),
        "AU",
    ),
    define(
        "Daylight Saving Start Day",
        "daylight saving start|daylight savings start|daylight saving start day|"
        "daylight savings start day|dst start",
        Between(NthWeekday(9, SUN, _LAST), first=2007),
        "NZ",
    ),
    define(
        "Daylight Saving End Day",
        "daylight saving end|daylight savings end|daylight saving end day|"
        "daylight savings end day|dst end",
        Between(NthWeekday(4, SUN, 1), first=2008),
        "NZ",
    ),
)
