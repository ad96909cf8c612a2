"""Word lists shared by the date resolver and the span finder.

Everything here is lower-case and immutable; the regexes built from these
lists live in :mod:`flashpoint.time.expressions`.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}

#: Full weekday names only: used to spot weekday tokens that NER missed
#: (abbreviations such as "Sun" or "Wed" are too ambiguous in running text).
WEEKDAY_TOKENS: frozenset[str] = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)

#: Full month names: capitalised after "last"/"this"/"next" they form a relative month ("Last
#: September", "last May") that NER may miss.
MONTH_TOKENS: frozenset[str] = frozenset(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december")
)

#: Single tokens that are temporal expressions on their own.
DEICTIC_TOKENS: frozenset[str] = frozenset(("yesterday", "today", "tonight", "overnight"))

#: Expressions of the day a thing is said: inside a direct quote they tell the speaker's day, which
#: is not the publication's unless the saying is dated so ("“Today we are making peace,” he said").
SPEAKING_DAY: frozenset[str] = frozenset(("today", "tonight", "this morning", "this afternoon", "this evening"))

#: Nouns that, after "last"/"this"/"next", form a relative period ("last week").
PERIOD_NOUNS: frozenset[str] = frozenset(("week", "month", "year", "weekend"))

#: Words that, after "the" and before a day or week, count one such unit from the time told before
#: ("the following day", "the previous week") where NER missed them.
ADJACENT_WORDS: frozenset[str] = frozenset(("following", "previous", "preceding", "next"))

#: Units that "the following"/"the previous" count in.
ADJACENT_UNITS: frozenset[str] = frozenset(("day", "week"))

#: Determiners that open a relative period ("last week", "this month").
PERIOD_DETERMINERS: frozenset[str] = frozenset(("last", "this", "next", "past"))

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

#: Adverbs that may come before a sentence-opening "on" ("Late on Monday", "Early on Sunday"):
#: :mod:`flashpoint.time.opening`.
BEFORE_OPENING_ON: frozenset[str] = frozenset(("late", "early"))

#: Words allowed just before a DATE/TIME span that belong to the temporal
#: expression ("late on March 27", "in 2008", "from Monday to Wednesday").
LEFT_EXTENSION_WORDS: frozenset[str] = frozenset(
    (
        "on",
        "in",
        "at",
        "during",
        "from",
        "between",
        "since",
        "by",
        "over",
        "throughout",
        "until",
        "till",
        "late",
        "early",
        "earlier",
        "later",
        "around",
        "about",
    )
)

#: Words that put a time in the rest of the period they open ("later this year", "later this month"):
#: a time still to come at publication, whose period holds the publication's day.
STILL_TO_COME: frozenset[str] = frozenset(("later",))

#: Words that make a date the bound of a period ("since 1994", "until March"): the period's edge,
#: not when an event in it happened.
BOUND_WORDS: frozenset[str] = frozenset(("since", "until", "till"))

#: Words that make a date the deadline of a deed still to be done ("must free him by Monday", "ordered
#: to leave by Friday"): when it is due, not when anything was done. A deed done ("had taken the town
#: by Tuesday") keeps the date.
DEADLINE_WORDS: frozenset[str] = frozenset(("by",))

#: Prepositions of a span of time that runs up to the story ("over the past decade", "in the last two
#: years"): a deed summed up over it is history, dated from the span's start.
SPAN_PREPOSITIONS: frozenset[str] = frozenset(("over", "in", "during", "throughout", "for"))

#: Tokens that join the two ends of a range ("Monday to Wednesday").
RANGE_CONNECTORS: frozenset[str] = frozenset(("to", "through", "thru", "until", "till", "and", "-", "–", "—"))

#: Auxiliaries that mark a clause as future tense.
FUTURE_AUXILIARIES: frozenset[str] = frozenset(("will", "shall", "'ll", "’ll", "wo"))

#: Lemmas that govern a future infinitive ("is to meet", "is scheduled to meet").
FUTURE_GOVERNORS: frozenset[str] = frozenset(
    ("be", "go", "schedule", "plan", "set", "due", "expect", "intend", "prepare", "slate")
)
