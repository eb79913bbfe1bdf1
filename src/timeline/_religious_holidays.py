"""The religious and traditional holidays.

Christian, Jewish, Islamic, Chinese, Hindu, Sikh, Jain, Buddhist, Persian and Parsi.

Conventions (each a rule, applied to every holiday of its kind):

- Jewish days begin at sunset, so a Jewish holiday's span here starts on the civil day of the
  evening it begins; one-day observances are that day, festivals run through their last day
  as kept in the diaspora (Passover 8 days, Shavuot and Rosh Hashanah 2, Sukkot 7 with Shemini
  Atzeret), and Hanukkah covers its eight nights of candle lighting. The context's
  ``hebrew_days`` decides which civil days a phrase means: by default those of the daytime
  (``HebrewDate.daytime``), as news dates them, or from the eve, as Duckling does.
- Hijri dates follow the Umm al-Qura calendar of Saudi Arabia (:mod:`timeline._islamic`).
- Hindu festivals follow the amanta months and the karmakala (the moment of the day at which the
  tithi must hold) that tradition assigns to each (:mod:`timeline._hindu`).

>>> len(RELIGIOUS_HOLIDAYS) > 80
True
"""

from __future__ import annotations

from typing import Final

from timeline import _hebrew as hb
from timeline._calendar import Weekday
from timeline._hindu import Moment, Month, SankrantiRule
from timeline._holiday_rules import Direction, Easter, Fixed, WeekdayNear, define
from timeline._religious_rules import (
    ChineseNewYear,
    HebrewDate,
    HebrewShift,
    HijriDate,
    HijriLastWeekday,
    LunarFestival,
    LunarSpan,
    NakshatraDay,
    ParsiNewYear,
    Sankranti,
    SolarTerm,
)

__all__ = ["RELIGIOUS_HOLIDAYS"]

_SUNRISE, _MIDDAY, _APARAHNA = Moment.SUNRISE, Moment.MIDDAY, Moment.APARAHNA
_SUNSET, _PRADOSH, _NISHITA, _MOONRISE = (
    Moment.SUNSET,
    Moment.PRADOSH,
    Moment.NISHITA,
    Moment.MOONRISE,
)
_HOLIKA_DAHAN: Final = LunarFestival(Month.PHALGUNA, 15, _PRADOSH)
_PONGAL_SIGN: Final = 9  # Makara
_MESHA: Final = 0

RELIGIOUS_HOLIDAYS: Final = (
    # Western Christian feasts, from Easter by the Gregorian computus.
    define(
        "Shrove Tuesday",
        "shrove tuesday|pancake day|pancake tuesday|mardi gras|fat tuesday",
        Easter(-47),
    ),
    define("Ash Wednesday", "ash wednesday", Easter(-46)),
    define("Lent", "lent|lenten season", Easter(-46, length=46)),
    define("Palm Sunday", "palm sunday|branch sunday|passion sunday", Easter(-7)),
    define(
        "Maundy Thursday",
        "maundy thursday|holy thursday|covenant thursday|covenant thu|"
        "thursday of mysteries|thu of mysteries|sheer thursday|great thursday",
        Easter(-3),
    ),
    define("Good Friday", "good friday|holy friday", Easter(-2)),
    define("Holy Saturday", "holy saturday|easter saturday|easter eve", Easter(-1)),
    define("Easter Sunday", "easter|easter sunday|easter day|resurrection sunday", Easter()),
    define("Easter Monday", "easter monday|easter mon", Easter(1)),
    define("Ascension Day", "ascension day|ascension thursday|feast of the ascension", Easter(39)),
    define(
        "Pentecost",
        "pentecost|pentecost sunday|whitsunday|whit sunday|white sunday|whitsun",
        Easter(49),
    ),
    define(
        "Whit Monday",
        "whit monday|whitmonday|pentecost monday|monday of the holy spirit",
        Easter(50),
    ),
    # Mothering Sunday, the fourth Sunday of Lent, is Mother's Day in Britain and Ireland.
    define("Mothering Sunday", "mothering sunday|mothers day|mother day", Easter(-21), "GB IE"),
    define("Trinity Sunday", "trinity sunday", Easter(56)),
    define("Corpus Christi", "corpus christi|feast of corpus christi", Easter(60)),
    define("Epiphany", "epiphany|three kings day|twelfth night", Fixed(1, 6)),
    define("Candlemas", "candlemas|presentation of the lord", Fixed(2, 2)),
    define("Annunciation", "annunciation|lady day|feast of the annunciation", Fixed(3, 25)),
    define(
        "Assumption Day", "assumption day|assumption of mary|feast of the assumption", Fixed(8, 15)
    ),
    define("All Saints' Day", "all saints day|all hallows|hallowmas", Fixed(11, 1)),
    define("All Souls' Day", "all souls day", Fixed(11, 2)),
    define(
        "Advent Sunday",
        "advent sunday|first sunday of advent",
        WeekdayNear(11, 27, Weekday.SUNDAY, Direction.ON_OR_AFTER),
    ),
    define(
        "Immaculate Conception",
        "immaculate conception|feast of the immaculate conception",
        Fixed(12, 8),
    ),
    define("St Stephen's Day", "st stephens day|saint stephens day", Fixed(12, 26), "IE"),
    # Orthodox feasts, from Easter by the Julian computus.
    define("Orthodox Christmas", "orthodox christmas|orthodox christmas day", Fixed(1, 7)),
    define(
        "Clean Monday",
        "clean monday|orthodox shrove monday|pure monday|ash monday",
        Easter(-48, orthodox=True),
    ),
    define(
        "Great Lent",
        "great lent|great fast|orthodox lent|holy fast",
        Easter(-48, length=40, orthodox=True),
    ),
    define("Lazarus Saturday", "lazarus saturday", Easter(-8, orthodox=True)),
    define("Orthodox Palm Sunday", "orthodox palm sunday", Easter(-7, orthodox=True)),
    define(
        "Orthodox Good Friday",
        "orthodox good friday|orthodox great friday|great friday",
        Easter(-2, orthodox=True),
    ),
    define(
        "Orthodox Easter Sunday",
        "orthodox easter|orthodox easter sunday|orthodox pascha|pascha",
        Easter(orthodox=True),
    ),
    define(
        "Orthodox Easter Monday", "orthodox easter monday|bright monday", Easter(1, orthodox=True)
    ),
    # Jewish holidays, from the evening they begin.
    define(
        "Rosh Hashanah",
        "rosh hashanah|rosh hashana|rosh hashanna|rosh ha shana|"
        "rosh ha shanah|rosh hoshana|jewish new year",
        HebrewDate(hb.TISHREI, 1, length=3),
    ),
    define("Yom Kippur", "yom kippur|yom kipur|day of atonement", HebrewDate(hb.TISHREI, 10)),
    define(
        "Sukkot",
        "sukkot|succot|sukkos|succos|sukkoth|feast of tabernacles|feast of booths|"
        "feast of the ingathering|feast of ingathering",
        HebrewDate(hb.TISHREI, 15, length=9),
    ),
    define(
        "Shemini Atzeret",
        "shemini atzeret|shmini atzeret|shemini atzeres",
        HebrewDate(hb.TISHREI, 22),
    ),
    define(
        "Simchat Torah",
        "simchat torah|simchas torah|simhat torah|simchat tora",
        HebrewDate(hb.TISHREI, 23),
    ),
    define(
        "Hanukkah",
        "hanukkah|chanukah|hanukah|hannukah|hannukkah|chanukkah|hanukka|chanuka|hanuka|channukah",
        HebrewDate(hb.KISLEV, 25, length=8, days=8),
    ),
    define(
        "Tu BiShvat",
        "tu bishvat|tu bshvat|tu b shvat|tu bishevat|tu beshvat",
        HebrewDate(hb.SHEVAT, 15),
    ),
    define("Purim", "purim", HebrewDate(hb.ADAR, 14)),
    define("Shushan Purim", "shushan purim", HebrewDate(hb.ADAR, 15)),
    define("Passover", "passover|pesach|pesah|pesakh", HebrewDate(hb.NISAN, 15, length=9)),
    define(
        "Yom HaShoah",
        "yom hashoah|yom ha shoah|holocaust remembrance day|holocaust day|"
        "holocaust martyrs and heroes remembrance day",
        HebrewDate(hb.NISAN, 27, shift=HebrewShift.YOM_HASHOAH),
    ),
    define(
        "Yom HaZikaron",
        "yom hazikaron|yom ha zikaron|israeli memorial day",
        HebrewDate(hb.IYAR, 5, shift=HebrewShift.YOM_HAATZMAUT, offset=-1),
    ),
    define(
        "Yom Ha'atzmaut",
        "yom haatzmaut|yom ha atzmaut|israel independence day|israeli independence day",
        HebrewDate(hb.IYAR, 5, shift=HebrewShift.YOM_HAATZMAUT),
    ),
    define(
        "Lag BaOmer",
        "lag baomer|lag bomer|lag b omer|lag ba omer|lag laomer",
        HebrewDate(hb.IYAR, 18),
    ),
    define(
        "Shavuot",
        "shavuot|shavuos|shavuoth|shavout|feast of weeks",
        HebrewDate(hb.SIVAN, 6, length=3),
    ),
    define(
        "Tisha B'Av",
        "tisha bav|tisha b av|tishah bav|tisha beav|tisha bav fast|ninth of av",
        HebrewDate(hb.AV, 9, shift=HebrewShift.TISHA_BAV),
    ),
    # Islamic holidays, by the Umm al-Qura calendar.
    define(
        "Islamic New Year",
        "islamic new year|hijri new year|amun jadid|arabic new year|al hijra",
        HijriDate(1, 1),
    ),
    define("Ashura", "ashura|day of ashura|ashoura|muharram", HijriDate(1, 10)),
    define("Hosay", "hosay|hussay|hosein", HijriDate(1, 10), "TT"),
    define(
        "Mawlid",
        "mawlid|mawlid al nabi|mawlid al nabawi|mawlid an nabi|mawlid un nabi|"
        "milad un nabi|eid milad un nabi|prophets birthday|the prophets birthday|mouloud",
        HijriDate(3, 12),
    ),
    define(
        "Hazarat Ali's Birthday",
        "hazarat alis birthday|hazarat ali birthday|"
        "hazrat alis birthday|hazrat ali birthday|hazrat ali jayanti",
        HijriDate(7, 13),
        "IN",
    ),
    define(
        "Isra and Mi'raj",
        "isra and miraj|isra miraj|isra wal miraj|al isra wal miraj|"
        "lailat al miraj|shab e miraj|the prophets ascension|prophets ascension|"
        "the night journey|night journey|ascension to heaven",
        HijriDate(7, 27),
    ),
    define(
        "Shab-e-Barat",
        "shab e barat|shab e baraat|mid shaban|laylat al baraat|night of forgiveness",
        HijriDate(8, 15),
    ),
    define(
        "Ramadan",
        "ramadan|ramadhan|ramazan|ramzan|ramzaan|ramadaan|ramathan",
        HijriDate(9, 1, whole_month=True),
    ),
    define(
        "Laylat al-Qadr",
        "laylat al qadr|laylat al kadr|lailat al qadr|laylatul qadr|"
        "night of power|night of measures|night of decree|shab e qadr",
        HijriDate(9, 27),
    ),
    define(
        "Jumu'atul-Wida",
        "jumuatul wida|jumu atul wida|jamat ul vida|jumat ul vida|"
        "jumatul wida|alvida jumma|jummah tul wida",
        HijriLastWeekday(9, Weekday.FRIDAY),
    ),
    define(
        "Eid al-Fitr",
        "eid al fitr|eid ul fitr|id al fitr|id ul fitr|eid|eid el fitr|"
        "ramadan bayram|sweet festival|lesser eid|hari raya puasa|hari raya aidilfitri",
        HijriDate(10, 1),
    ),
    define("Day of Arafah", "day of arafah|day of arafat|arafat day|arafah", HijriDate(12, 9)),
    define(
        "Eid al-Adha",
        "eid al adha|eid ul adha|id al adha|id ul adha|eid el adha|bakr id|"
        "bakrid|bakri id|bakra eid|sacrifice feast|feast of sacrifice|feast of the sacrifice|"
        "festival of sacrifice|kurban bayram|qurbani eid|greater eid|hari raya haji",
        HijriDate(12, 10),
    ),
    # Chinese.
    define(
        "Chinese New Year",
        "chinese new year|chinese new years|chinese new years day|"
        "chinese lunar new year|chinese lunar new years|chinese lunar new years day|"
        "lunar new year|spring festival",
        ChineseNewYear(),
    ),
    define("Lantern Festival", "lantern festival|yuanxiao festival", ChineseNewYear(14)),
    # Hindu festivals of the lunar months, from Chaitra.
    define(
        "Ugadi",
        "ugadi|yugadi|gudi padwa|samvatsaradi|chaitra sukladi|chaitra sukhladi|hindu new year",
        LunarFestival(Month.CHAITRA, 1, _SUNRISE),
    ),
    define(
        "Rama Navami",
        "rama navami|ram navami|sri rama navami|shri ram navami",
        LunarFestival(Month.CHAITRA, 9, _MIDDAY),
    ),
    define(
        "Mahavir Jayanti",
        "mahavir jayanti|mahaveer jayanti|mahavir janma kalyanak|"
        "mahaveer janma kalyanak|mahavira jayanti",
        LunarFestival(Month.CHAITRA, 13, _SUNRISE),
    ),
    define(
        "Hanuman Jayanti",
        "hanuman jayanti|hanuman janmotsav",
        LunarFestival(Month.CHAITRA, 15, _SUNRISE),
    ),
    define(
        "Akshaya Tritiya",
        "akshaya tritiya|akha teej|akti",
        LunarFestival(Month.VAISHAKHA, 3, _SUNRISE),
    ),
    # Vesak is kept on the full-moon night, as in Sri Lanka and South-East Asia.
    define(
        "Vesak",
        "vesak|wesak|vaisakha|buddha purnima|buddha day|buddha jayanti|buddhas birthday|vesak day",
        LunarFestival(Month.VAISHAKHA, 15, _SUNSET),
    ),
    define(
        "Ratha-Yatra",
        "ratha yatra|rath yatra|rathayatra|ratha jatra|chariot festival",
        LunarFestival(Month.ASHADHA, 2, _SUNRISE),
    ),
    define(
        "Guru Purnima", "guru purnima|vyasa purnima", LunarFestival(Month.ASHADHA, 15, _SUNRISE)
    ),
    define(
        "Raksha Bandhan",
        "raksha bandhan|rakshabandhan|rakhi|rakhri|rakhi purnima",
        LunarFestival(Month.SHRAVANA, 15, _APARAHNA),
    ),
    define(
        "Krishna Janmashtami",
        "krishna janmashtami|janmashtami|janamashtami|gokulashtami|"
        "gokul ashtami|krishnashtami|krishna jayanti|sri krishna jayanti",
        LunarFestival(Month.SHRAVANA, 23, _NISHITA),
    ),
    define(
        "Ganesh Chaturthi",
        "ganesh chaturthi|ganesha chaturthi|vinayaka chaturthi|"
        "vinayaka chavithi|vinayagar chathurthi|ganeshotsav",
        LunarFestival(Month.BHADRAPADA, 4, _MIDDAY),
    ),
    define(
        "Navaratri",
        "navaratri|navratri|navarathri|durga puja|sharad navratri|sharadiya navratri",
        LunarSpan(Month.ASHVIN, 1, _SUNRISE, 10, _SUNRISE),
    ),
    define("Maha Saptami", "maha saptami|durga saptami", LunarFestival(Month.ASHVIN, 7, _SUNRISE)),
    define("Maha Ashtami", "maha ashtami|durga ashtami", LunarFestival(Month.ASHVIN, 8, _SUNRISE)),
    define("Maha Navami", "maha navami", LunarFestival(Month.ASHVIN, 9, _SUNRISE)),
    define(
        "Vijayadashami",
        "vijayadashami|vijaya dashami|dussehra|dasara|dussera|dasera|bijoya dashami",
        LunarFestival(Month.ASHVIN, 10, _SUNRISE),
    ),
    define(
        "Pargat Diwas",
        "pargat diwas|valmiki jayanti|maharishi valmiki jayanti",
        LunarFestival(Month.ASHVIN, 15, _SUNRISE),
    ),
    define(
        "Karva Chauth",
        "karva chauth|karwa chauth|karaka chaturthi",
        LunarFestival(Month.ASHVIN, 19, _MOONRISE),
    ),
    define(
        "Dhanteras",
        "dhanteras|dhanatrayodashi|dhantrayodashi|dhana trayodashi|dhanvantari trayodashi",
        LunarFestival(Month.ASHVIN, 28, _PRADOSH),
    ),
    define(
        "Naraka Chaturdashi",
        "naraka chaturdashi|narak chaturdashi|choti diwali|"
        "chhoti diwali|kali chaudas|roop chaudas|rup chaudas",
        LunarFestival(Month.ASHVIN, 29, _PRADOSH),
    ),
    define(
        "Diwali",
        "diwali|deepavali|divali|deepawali|dipawali|dipavali|lakshmi puja|laxmi puja",
        LunarFestival(Month.ASHVIN, 30, _PRADOSH),
    ),
    define("Govardhan Puja", "govardhan puja|annakut", LunarFestival(Month.KARTIKA, 1, _SUNRISE)),
    define(
        "Bhai Dooj",
        "bhai dooj|bhaiya dooj|bhau beej|bhai tika|bhai phonta|yama dwitiya|bhratri dwitiya",
        LunarFestival(Month.KARTIKA, 2, _APARAHNA),
    ),
    define(
        "Chhath",
        "chhath|chhath puja|chhathi|dala puja|dala chhath|surya shashthi|surya sashti",
        LunarFestival(Month.KARTIKA, 6, _SUNRISE),
    ),
    define(
        "Guru Nanak Jayanti",
        "guru nanak jayanti|guru nanaks birthday|guru nanak gurpurab|"
        "gurpurab|guru nanak dev jayanti",
        LunarFestival(Month.KARTIKA, 15, _SUNRISE),
    ),
    define(
        "Guru Gobind Singh Jayanti",
        "guru gobind singh jayanti|guru govind singh jayanti|"
        "guru gobind singh birthday|guru govind singh birthday|guru gobind singh gurpurab",
        LunarFestival(Month.PAUSHA, 7, _SUNRISE),
    ),
    define(
        "Vasant Panchami",
        "vasant panchami|basant panchami|saraswati puja|shri panchami|sri panchami",
        LunarFestival(Month.MAGHA, 5, _SUNRISE),
    ),
    define(
        "Guru Ravidass Jayanti",
        "guru ravidass jayanti|guru ravidas jayanti|"
        "ravidass jayanti|ravidas jayanti|guru ravidass birthday|guru ravidas birthday",
        LunarFestival(Month.MAGHA, 15, _SUNRISE),
    ),
    define(
        "Dayananda Saraswati Jayanti",
        "dayananda saraswati jayanti|"
        "dayanand saraswati jayanti|swami dayanand saraswati jayanti|saraswati jayanti|"
        "maharishi dayanand saraswati jayanti",
        LunarFestival(Month.MAGHA, 25, _SUNRISE),
    ),
    define(
        "Maha Shivaratri",
        "maha shivaratri|mahashivaratri|maha shivratri|mahashivratri|shivaratri|shivratri",
        LunarFestival(Month.MAGHA, 29, _NISHITA),
    ),
    define(
        "Holika Dahan",
        "holika dahan|chhoti holi|choti holi|holika deepak|kamudu pyre|kama dahanam",
        _HOLIKA_DAHAN,
    ),
    define(
        "Holi",
        "holi|dhulandi|dhuleti|phagwah|rangwali holi|dhulivandan",
        LunarFestival(Month.PHALGUNA, 15, _PRADOSH, offset=1),
    ),
    # Festivals of the solar months.
    define(
        "Bhogi",
        "bhogi|boghi|bogi|bogi pandigai|bhogi pandigai|bhogi festival",
        Sankranti(_PONGAL_SIGN, SankrantiRule.SUNSET, offset=-1),
    ),
    define(
        "Thai Pongal",
        "thai pongal|pongal|makar sankranti|makara sankranti|"
        "makara sankranthi|makar sankranthi|maghi|uttarayan|sankranti",
        Sankranti(_PONGAL_SIGN, SankrantiRule.SUNSET),
    ),
    define(
        "Mattu Pongal",
        "mattu pongal|maattu pongal|maatu pongal",
        Sankranti(_PONGAL_SIGN, SankrantiRule.SUNSET, offset=1),
    ),
    define(
        "Kaanum Pongal",
        "kaanum pongal|kanum pongal|kanni pongal",
        Sankranti(_PONGAL_SIGN, SankrantiRule.SUNSET, offset=2),
    ),
    define(
        "Vaisakhi",
        "vaisakhi|baisakhi|vaishakhi|vasakhi|visakhi|khalsa sajna diwas",
        Sankranti(_MESHA, SankrantiRule.SAME_DAY),
    ),
    define("Puthandu", "puthandu|tamil new year", Sankranti(_MESHA, SankrantiRule.SUNSET)),
    define("Vishu", "vishu", Sankranti(_MESHA, SankrantiRule.APARAHNA)),
    define(
        "Pohela Boishakh",
        "pohela boishakh|pahela baishakh|poila baisakh|bengali new year",
        Sankranti(_MESHA, SankrantiRule.MIDNIGHT),
    ),
    define(
        "Rabindra Jayanti",
        "rabindra jayanti|rabindranath jayanti|"
        "rabindranath tagore jayanti|tagore jayanti|pochishe boishakh",
        Sankranti(_MESHA, SankrantiRule.MIDNIGHT, offset=24),
    ),
    define("Thiru Onam", "onam|thiru onam|thiruvonam|thiruonam", NakshatraDay(4, 22)),
    # Persian and Parsi new years.
    define(
        "Nowruz",
        "nowruz|norooz|nauroz|persian new year|iranian new year|jamshedi navroz|jamshedi nowruz",
        SolarTerm(0.0, 3.5, noon_rule=True),
    ),
    define(
        "Qingming Festival",
        "qingming|qingming festival|tomb sweeping day|ching ming",
        SolarTerm(15.0, 8.0),
    ),
    define("Parsi New Year", "parsi new year|navroz|shahenshahi new year", ParsiNewYear()),
)
