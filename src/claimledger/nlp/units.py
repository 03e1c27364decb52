"""Units next to a number: currencies, percentages, physical units (through pint), rates.

Physical units are normalised with pint's registry (names such as "kilometer",
"mile per hour"); pint has no currencies and reads some news abbreviations wrongly ("pc" is a
parsec, "a" a year, "kn" a knot), so currencies, percent forms and a few news idioms come from
the small tables below, and a block list keeps pint away from ordinary English words.
"""

# ruff: noqa: SIM905 - the word lists below read best as whitespace-separated text

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .numbers import METRE_AFTER, MONEY_SHAPE

__all__ = [
    "CURRENCY_UNITS",
    "UnitMatch",
    "currency_before",
    "is_currency",
    "pint_unit",
    "rate_after",
    "unit_after",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class UnitMatch:
    unit: str  # normalised, singular, lower case
    start: int
    end: int
    kind: str  # "currency", "percent", "physical", "idiom", "age"


# ----------------------------------------------------------------- currencies

_PREFIX_CURRENCIES: dict[str, str] = {
    "$": "dollar",
    "us$": "dollar",
    "u.s.$": "dollar",
    "usd": "dollar",
    "c$": "canadian dollar",
    "ca$": "canadian dollar",
    "cad": "canadian dollar",
    "a$": "australian dollar",
    "au$": "australian dollar",
    "aud": "australian dollar",
    "nz$": "new zealand dollar",
    "nzd": "new zealand dollar",
    "hk$": "hong kong dollar",
    "hkd": "hong kong dollar",
    "s$": "singapore dollar",
    "sgd": "singapore dollar",
    "nt$": "taiwan dollar",
    "£": "pound",
    "gbp": "pound",
    "€": "euro",
    "eur": "euro",
    "¥": "yen",
    "y=": "yen",
    "jpy": "yen",
    "cny": "yuan",
    "rmb": "yuan",
    "₹": "rupee",
    "rs": "rupee",
    "rs.": "rupee",
    "inr": "rupee",
    "₽": "rouble",
    "₩": "won",
    "₪": "shekel",
    "rm": "ringgit",
    "chf": "swiss franc",
    "r$": "real",
    "brl": "real",
    "mex$": "mexican peso",
    "mxn": "mexican peso",
    "mxn$": "mexican peso",
    "rub": "rouble",
    "uah": "hryvnia",
    "₴": "hryvnia",
    "₦": "naira",
    "ngn": "naira",
    "₱": "peso",
    "₺": "lira",
    "try": "lira",
    "₫": "dong",
    "฿": "baht",
    "thb": "baht",
    "₸": "tenge",
    "₿": "bitcoin",
    "₡": "colón",
    "btc": "bitcoin",
    "zar": "rand",
    "sek": "krona",
    "nok": "krone",
    "dkk": "krone",
    "pln": "zloty",
    "krw": "won",
    "kes": "shilling",
    "ksh": "shilling",
    "sh": "shilling",
    "tsh": "shilling",
    "ush": "shilling",
    "egp": "pound",
    "sar": "riyal",
    "aed": "dirham",
    "ils": "shekel",
    "idr": "rupiah",
    "myr": "ringgit",
    "pkr": "rupee",
    "bdt": "taka",
    "tk": "taka",
    "tk.": "taka",
    # Gulf, Levant, Latin American and Central European signs and codes
    "dh": "dirham",
    "mad": "dirham",
    "nis": "shekel",
    "sr": "riyal",
    "qr": "riyal",
    "qar": "riyal",
    "omr": "rial",
    "kwd": "dinar",
    "bhd": "dinar",
    "jod": "dinar",
    "tl": "lira",
    "ps": "peso",
    "ars": "peso",
    "cop": "peso",
    "clp": "peso",
    "s/": "sol",
    "pen": "sol",
    "huf": "forint",
    "czk": "koruna",
    "ron": "leu",
    "kzt": "tenge",
    "gel": "lari",
}
# Two-letter signs that are also names ("SR 520", a state route; "the TL 2"): money only
# where the amount after them is money-shaped (a thousands comma, a decimal or a scale)
_SHAPE_SIGNS = frozenset(["sr", "qr", "tl", "ps"])
# Every sign of Unicode's Currency Symbols block is money, named as Unicode names it ("₾" LARI
# SIGN -> "lari", "₭" KIP SIGN -> "kip"); the table above names the common ones as news does.
_SIGN_BLOCK = "\u20a0-\u20cf"
for _c in range(0x20A0, 0x20D0):
    try:
        _name = unicodedata.name(chr(_c))
    except ValueError:  # unassigned code points of the block
        continue
    _name = _name.lower().removesuffix(" sign").replace("-currency", "")
    _PREFIX_CURRENCIES.setdefault(chr(_c), _name)

# Letters that are a currency's sign only when glued to an amount that numbers.find_numbers
# has shown to be money ("N1,030" naira, "R18.94" rand).
_LETTER_CURRENCIES = {"N": "naira", "R": "rand"}
_CURRENCY_BEFORE = re.compile(
    # (Australia's "A" only glued to its sign: "A$4.5", not the article of "A $4.5 million fine")
    r"(?:(?<![\w$])(?P<code>US|U\.S\.|CA|C|AU|A(?=\$)|NZ|HK|S|NT|R|Mex|MXN)\s?\$"
    rf"|(?P<sym>[$£€¥฿{_SIGN_BLOCK}]|Y=)"
    r"|(?<![\w])(?P<iso>USD|EUR|GBP|JPY|CNY|RMB|INR|CHF|CAD|AUD|NZD|HKD|SGD|Rs\.?|RM|BRL|MXN"
    r"|RUB|UAH|NGN|TRY|THB|BTC|ZAR|SEK|NOK|DKK|PLN|KRW|KES|EGP|SAR|AED|ILS|IDR|MYR|PKR|BDT"
    r"|Tk\.?|[KTU]?Sh|Dh|MAD|NIS|SR|QR|QAR|OMR|KWD|BHD|JOD|TL|Ps|ARS|COP|CLP|S/|PEN|HUF|CZK"
    r"|RON|KZT|GEL)|(?<![\w.,])(?P<letter>[NR]))"
    r"\s?(?P<neg>-|minus\s?)?$"
)
# Currency words after a number; an optional nationality in front ("Danish crowns").
_CURRENCY_WORDS = {
    "dollar": "dollar",
    "euro": "euro",
    "pound": "pound",
    "sterling": "pound",
    "yen": "yen",
    "yuan": "yuan",
    "renminbi": "yuan",
    "rupee": "rupee",
    "rouble": "rouble",
    "ruble": "rouble",
    "shekel": "shekel",
    "crown": "krone",
    "krone": "krone",
    "kroner": "krone",
    "krona": "krona",
    "kronor": "krona",
    "franc": "franc",
    "peso": "peso",
    "won": "won",
    "rand": "rand",
    "ringgit": "ringgit",
    "real": "real",
    "reais": "real",
    "lira": "lira",
    "baht": "baht",
    "naira": "naira",
    "rupiah": "rupiah",
    "dirham": "dirham",
    "riyal": "riyal",
    "zloty": "zloty",
    "hryvnia": "hryvnia",
    "cent": "cent",
    "pence": "pence",
    "penny": "pence",
    "bitcoin": "bitcoin",
    "taka": "taka",
    "shilling": "shilling",
    "dinar": "dinar",
    "dong": "dong",
    "tenge": "tenge",
    "manat": "manat",
    "kwacha": "kwacha",
    "cedi": "cedi",
    "birr": "birr",
    "forint": "forint",
    "koruna": "koruna",
    "leu": "leu",
    "lei": "leu",
    "lev": "lev",
    "markka": "markka",
    "guilder": "guilder",
    "peseta": "peseta",
    "escudo": "escudo",
    "lari": "lari",
    "kip": "kip",
}
# Every currency unit this module can name ("dollar", "australian dollar" end in "dollar").
CURRENCY_UNITS = frozenset(_CURRENCY_WORDS.values()) | frozenset(_PREFIX_CURRENCIES.values())


def is_currency(unit: str | None) -> bool:
    """Whether one of our unit names is money: "dollar", "hong kong dollar per share"."""
    if not unit:
        return False
    base = unit.split(" per ")[0].strip()
    last = base.split()[-1] if base else ""
    return base in CURRENCY_UNITS or last in _CURRENCY_LAST


_NATIONALITY = r"(?:(?:[A-Z][a-z]+|U\.S\.|US)\s){0,2}"
_CURRENCY_AFTER = re.compile(
    rf"(?P<gap>\s?)(?P<nat>{_NATIONALITY})(?P<word>"
    r"(?:dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|rupees?|roubles?|rubles?|shekels?"
    r"|crowns?|kroner?|krone|kronor|krona|francs?|pesos?|won|rand|ringgit|reais|real|lira|baht"
    r"|naira|rupiah|dirhams?|riyals?|zloty|hryvnias?|cents?|pence|penny|bitcoins?|taka"
    r"|shillings?|dinars?|dong|tenge|manats?|kwachas?|cedis?|birr|forints?|korunas?|lei|leu|lev"
    r"|markkas?|guilders?|pesetas?|escudos?|lari|kip))\b"
    rf"|(?P<sym>\s?[€£¥$฿元{_SIGN_BLOCK}])"
    r"|(?P<p>p)\b(?!\.\s?m\b)"
    r"|(?P<sp> p)(?=\s+(?:at|to|a|per|on|and|or|in)\b|[,.;)])",
)

_CURRENCY_LAST = frozenset(u.split()[-1] for u in CURRENCY_UNITS)
_CROWNS = {"swedish": "krona", "czech": "koruna", "icelandic": "krona"}

# ----------------------------------------------------------------- percent and idioms

_IDIOMS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"\s?(?:%|per\s?cent\b|percent\b|pct\b|pc\b)", re.I), "percent", "percent"),
    (re.compile(r"\s(?:percentage|%)[\s-]points?\b", re.I), "percentage point", "idiom"),
    (re.compile(r"\s?(?:basis\s+points?|bps|bp)\b", re.I), "basis point", "idiom"),
    (re.compile(r"\s(?:points?|pts)\b", re.I), "point", "idiom"),
    (re.compile(r"[\s-]?(year|month|week|day)s?[\s-]+old\b", re.I), "{0} of age", "age"),
    (re.compile(r"\s(year|month|week)s?\s+of\s+age\b", re.I), "{0} of age", "age"),
    (re.compile(r"[\s-]?(?:y/?o|y\.o\.|yrs?[\s-]+old)(?![\w/])", re.I), "year of age", "age"),
    (re.compile(r"\s?(?:m\.p\.h\.?|mph)", re.I), "mile per hour", "physical"),
    (re.compile(r"\s?(?:km/h(?:r|our)?|kph|kmh|kmph)\b", re.I), "kilometer per hour", "physical"),
    (re.compile(r"\s?mpg\b", re.I), "mile per gallon", "physical"),
    (re.compile(r"\s?ppb\b", re.I), "part per billion", "physical"),
    (re.compile(r"\s?ppm\b", re.I), "part per million", "physical"),
    (re.compile(r"\sparts\s+per\s+(million|billion)\b", re.I), "part per {0}", "physical"),
    # Digital and medical units that pint reads as others (megapoise, megabaud, dry pint)
    # ("200MP", "a 50 MP main camera"; not "20 MP votes", members of parliament)
    (
        re.compile(
            r"(?:MP|\sMP(?=\s+(?:[\w-]+\s+)?(?:cameras?|sensors?|lens(?:es)?|shooters?|selfie"
            r"|snappers?)\b)|\s?[Mm]egapixels?|\s?Mpx)\b"
        ),
        "megapixel",
        "physical",
    ),
    *(
        (re.compile(rf"[\s-]?{p}(?:bps|bit/s)\b"), f"{name}bit per second", "physical")
        for p, name in (("k", "kilo"), ("M", "mega"), ("G", "giga"), ("T", "tera"))
    ),
    # ("10,791 kilowatt-hours", "85 megawatt hours": energy, one unit of two words)
    (
        re.compile(r"[\s-]?((?:kilo|mega|giga|tera)?)watt[\s-]hours?\b", re.I),
        "{0}watt hour",
        "physical",
    ),
    (re.compile(r"\s?mm\s?Hg\b"), "millimeter of mercury", "physical"),
    (re.compile(r"\s?dpi\b"), "dot per inch", "physical"),
    (re.compile(r"\s(?:kilos?)\b", re.I), "kilogram", "physical"),  # (pint: kiloseconds)
    (re.compile(r"\s?ppg\b"), "point per game", "idiom"),
    (re.compile(r"\s?rpg\b"), "rebound per game", "idiom"),
    (re.compile(r"\s?apg\b"), "assist per game", "idiom"),
    (
        re.compile(r"\s?(?:sq\.?\s?m|sqm|m²|m2)\b|\ssquare\s+met(?:re|er)s?\b", re.I),
        "square meter",
        "physical",
    ),
    (
        re.compile(r"\s?(?:sq\.?\s?ft|sqft|ft²)\b|\ssquare\s+f(?:ee|oo)t\b", re.I),
        "square foot",
        "physical",
    ),
    (
        re.compile(r"\s?(?:sq\.?\s?km|km²|km2)\b|\ssquare\s+kilomet(?:re|er)s?\b", re.I),
        "square kilometer",
        "physical",
    ),
    (re.compile(r"\ssquare\s+miles?\b|\s?sq\.?\s?mi\b", re.I), "square mile", "physical"),
    (re.compile(r"\scubic\s+(?:feet|foot)\b", re.I), "cubic foot", "physical"),
    (re.compile(r"\scubic\s+met(?:re|er)s?\b", re.I), "cubic meter", "physical"),
    (re.compile(r"\scubic\s+kilomet(?:re|er)s?\b|\s?km³", re.I), "cubic kilometer", "physical"),
    (re.compile(r"\scubic\s+miles?\b", re.I), "cubic mile", "physical"),
    (
        re.compile(
            r"\s?°\s?C\b|\s(?:deg(?:rees?|\.)?\s+)?(?:celsius|celcius|centigrade)\b"
            r"|\sdeg(?:rees?|\.)?\s+c\b",
            re.I,
        ),
        "degree celsius",
        "physical",
    ),
    (
        re.compile(
            r"\s?°\s?F\b|\s(?:deg(?:rees?|\.)?\s+)?(?:fahrenheit|farenheit)\b"
            r"|\sdeg(?:rees?|\.)?\s+f\b",
            re.I,
        ),
        "degree fahrenheit",
        "physical",
    ),
    (re.compile(r"\sdeg(?:rees?|\.)?(?=[\s,.;)]|$)", re.I), "degree", "physical"),
    (re.compile(r"\s?°"), "degree", "physical"),
    (re.compile(r"[\s-]?fold\b", re.I), "fold", "idiom"),
    (re.compile(r"G\b"), "generation", "idiom"),
    (re.compile(r"\s?(?:USD|usd|US\$)\b"), "dollar", "currency"),
    (re.compile(r"\s?(?:EUR|eur)\b"), "euro", "currency"),
    (re.compile(r"\s?(?:GBP|gbp)\b"), "pound", "currency"),
    (re.compile(r"\s?(?:JPY|jpy)\b"), "yen", "currency"),
    (re.compile(r"\s?(?:CNY|RMB|rmb|cny)\b"), "yuan", "currency"),
    (re.compile(r"\s?(?:CHF)\b"), "swiss franc", "currency"),
    (re.compile(r"\s?(?:INR)\b"), "rupee", "currency"),
    (re.compile(r"\s(?:BTC)\b"), "bitcoin", "currency"),
    (re.compile(r"\s(?:RUB)\b"), "rouble", "currency"),
    (re.compile(r"\s(?:UAH)\b"), "hryvnia", "currency"),
    (re.compile(r"\s(?:BRL)\b"), "real", "currency"),
    (re.compile(r"\s(?:MXN)\b"), "mexican peso", "currency"),
    (re.compile(r"\s(?:ZAR)\b"), "rand", "currency"),
    (re.compile(r"\s(?:SEK)\b"), "krona", "currency"),
    (re.compile(r"\s(?:NOK|DKK)\b"), "krone", "currency"),
    (re.compile(r"\s(?:PLN)\b"), "zloty", "currency"),
    (re.compile(r"\s(?:KRW)\b"), "won", "currency"),
    (re.compile(r"\s(?:TRY)\b"), "lira", "currency"),
    (re.compile(r"\s(?:NGN)\b"), "naira", "currency"),
    (re.compile(r"\s(?:BDT)\b"), "taka", "currency"),
    (
        re.compile(r"\s?in\.?(?=\s+(?:thick|long|wide|high|tall|deep|across|in\s+diameter)\b)"),
        "inch",
        "physical",
    ),
    # "the pencil is 2 in.": "in" that ends the clause has no object, so it is the inch
    (re.compile(r"\s?in\.?(?=\s*(?:[;:)!?]|$))|\s?in(?=\.(?:\s|$))"), "inch", "physical"),
    (re.compile(r"x\b|\stimes\b"), "times", "idiom"),
    # "shed 2st", "weighs 11st 4lb": stones, glued (an ordinal's "st" is dropped before)
    (re.compile(r"st\b(?!\.)"), "stone", "physical"),
    (re.compile(r"'(?!s\b)"), "foot", "physical"),
    (re.compile(r'″|"(?=\s|$)'), "inch", "physical"),
]

# Words pint reads as units that, after a number in news, are ordinary words or other things.
_PINT_BLOCK = frozenset(
    """a an at in is it as are am be by do go he me my no of on or so to up us we point
    points pt line lines count counts turn turns hand hands stone stones bar bars
    quarter quarters century centuries gross pc mil k K R G C F P B E N T S H D pi
    percent galileo rad rem gal thou ton tons kn knot league leagues chain chains link links
    rod rods pole poles perch barn barns shot shots MP MPs bus buses TV TVs""".split()
)
# Bare single letters accepted only when glued to the number ("10m", "5W", "30s").
_STOP_WORDS: frozenset[str]
try:
    from spacy.lang.en.stop_words import STOP_WORDS

    _STOP_WORDS = frozenset(STOP_WORDS)
except ImportError:  # pragma: no cover
    _STOP_WORDS = frozenset()
_GLUED_LETTERS = frozenset(["m", "g", "s", "h", "W", "V", "A", "J", "l", "L", "t"])
_WORD_AFTER = re.compile(r"(?P<gap>[\s-]?)(?P<w>[^\W\d_][\w²³]*(?:/[^\W\d_][\w²³]*)?|[μµ]\w+)")


_UREG: Any = None


def _registry() -> Any:
    global _UREG
    if _UREG is None:
        import pint

        _UREG = pint.UnitRegistry()
    return _UREG


@lru_cache(maxsize=4096)
def pint_unit(word: str) -> str | None:
    """pint's name for ``word`` ("km" -> "kilometer", "mph" -> "mile per hour"), or None."""
    if not word or word in _PINT_BLOCK or len(word) > 30 or word.lower() in _STOP_WORDS:
        return None
    ureg = _registry()
    for cand in (word, word.lower()) if len(word) > 3 else (word,):
        try:
            unit = ureg.parse_units(cand)
        except Exception:  # pint raises many types for unknown or odd input
            continue
        name = str(unit)
        if name.startswith("micro") and not word.startswith(("µ", "μ", "micro", "u")):
            return None
        if name.startswith("micro") and word.startswith("u") and len(word) > 3:
            return None  # "units" is not micro-nits
        if not name or name == "dimensionless" or any(c in name for c in "*/^"):
            return None
        if _ODD_PREFIXED.fullmatch(name):
            return None  # "dozs" is not deci-ounces, "kmph" not kilo-mph, "mb" not millibarns
        name = name.replace("_", " ").lower()
        if "constant" in name or name in _CONSTANTS:
            return None  # "6-sigma", "alpha": pint's physical constants are not units of a count
        return _NEWS_NAMES.get(name, name)
    return None


# SI prefixes on units that never take them in news: pint's reading of an abbreviation it does
# not know ("dozs" -> deciounce, "kmph" -> kilomile_per_hour) or of one with another meaning.
_ODD_PREFIXED = re.compile(
    r"(?:yocto|zepto|atto|femto|pico|nano|micro|milli|centi|deci|deca|deka|hecto|kilo|mega"
    r"|giga|tera|peta|exa|zetta|yotta)(?:mile|ounce|pound|foot|inch|yard|gallon|barn|ton"
    r"|acre|pint|quart|knot|stone|fluid_ounce|mil|grain|dram|mph|mile_per_hour|point|turn)s?"
)
# pint's physical constants whose names lack the word "constant".
_CONSTANTS = frozenset(
    [
        "speed of light",
        "elementary charge",
        "electron mass",
        "proton mass",
        "neutron mass",
        "avogadro number",
        "vacuum permeability",
        "vacuum permittivity",
        "impedance of free space",
        "bohr",
    ]
)
# pint's name -> the name news uses.
_NEWS_NAMES = {"metric ton": "tonne"}


def currency_before(text: str, start: int) -> UnitMatch | None:
    """A currency sign or code right before ``start`` ("$", "US$", "£", "EUR")."""
    window = text[max(0, start - 8) : start]
    m = _CURRENCY_BEFORE.search(window)
    if not m:
        return None
    if m.group("letter") and m.end("letter") != len(window):
        return None  # the naira's "N" and the rand's "R" are signs only glued ("N1,030")
    raw = (
        m.group("code") + "$"
        if m.group("code")
        else m.group("sym") or m.group("iso") or m.group("letter") or ""
    )
    unit = _LETTER_CURRENCIES.get(raw) or _PREFIX_CURRENCIES.get(raw.lower())
    if unit is None:
        return None
    if raw.lower() in _SHAPE_SIGNS and not MONEY_SHAPE.match(text, start):
        return None
    off = start - len(window)
    sign_end = m.start("neg") if m.group("neg") else m.end()
    sign = window[m.start() : sign_end].rstrip()
    return UnitMatch(unit, off + m.start(), off + m.start() + len(sign), "currency")


def unit_after(text: str, end: int) -> UnitMatch | None:
    """The unit written right after a number ending at ``end``, if any."""
    rest = text[end : end + 40]
    if not rest:
        return None
    m = _CURRENCY_AFTER.match(rest)
    if m:
        if m.group("word"):
            word = m.group("word").lower()
            base = _CURRENCY_WORDS.get(word) or _CURRENCY_WORDS.get(word.rstrip("s"))
            if base:
                nat = m.group("nat").strip()
                unit = (
                    f"{nat.lower()} {base}"
                    if nat
                    and base == "dollar"
                    and nat
                    not in (
                        "US",
                        "U.S.",
                    )
                    else base
                )
                if nat and base != "dollar":
                    unit = base
                    if word.startswith("crown"):
                        # "Swedish crowns" are kronor, "Czech crowns" korunas; Danish and
                        # Norwegian ones kroner
                        unit = _CROWNS.get(nat.split()[-1].lower(), base)
                s = end + m.start("nat") if nat and base == "dollar" else end + m.start("word")
                return UnitMatch(unit, s, end + m.end("word"), "currency")
        elif m.group("sym"):
            sym = m.group("sym").strip()
            return UnitMatch(
                _PREFIX_CURRENCIES.get(sym, "yuan"),
                end + m.end() - len(sym),
                end + m.end(),
                "currency",
            )
        elif m.group("p"):
            return UnitMatch("pence", end + m.start("p"), end + m.end("p"), "currency")
        elif m.group("sp"):
            return UnitMatch("pence", end + m.end("sp") - 1, end + m.end("sp"), "currency")
    for rx, unit, kind in _IDIOMS:
        m = rx.match(rest)
        if (
            m
            and unit in ("foot", "inch")
            and m.group()[:1] in "'\"″"
            and not text[end - 1].isdigit()
        ):
            continue  # a closing quote after a word, not feet or inches
        if (
            m
            and unit == "inch"
            and m.group()[:1] == '"'
            and text.count('"', text.rfind("\n", 0, end) + 1, end) % 2 == 1
        ):
            # ('had suffered "more than 120,000" soldiers killed': the quote opened before
            # the number closes after it; not the inch mark of 'a 55" TV')
            continue
        if m:
            if "{0}" in unit:
                unit = unit.format(m.group(1).lower())
            s = end + m.start() + (len(m.group()) - len(m.group().lstrip(" -")))
            return UnitMatch(unit, s, end + m.end(), kind)
    m = _GLUED_DEGREE.match(rest)
    if m and (
        _TEMPERATURE_NEAR.search(text, max(0, end - 80), end + 80)
        or _TEMPERATURE_BEFORE.search(text, max(0, end - 40), end)
    ):
        unit = "degree celsius" if m.group(1) == "C" else "degree fahrenheit"
        return UnitMatch(unit, end, end + 1, "physical")  # "highs of 30C"
    m = _WORD_AFTER.match(rest)
    if m:
        w = m.group("w")
        # ("18 m long": a spaced "m" before a word of size is a metre, as glued)
        spaced_metre = w == "m" and m.group("gap") == " " and METRE_AFTER.match(rest[m.end() :])
        if (
            len(w) == 1
            and (w not in _GLUED_LETTERS or m.group("gap") and w != "W")
            and not spaced_metre
        ):
            return None
        name = pint_unit(w) if "/" not in w else _ratio_unit(w)
        if name:
            return UnitMatch(name, end + m.start("w"), end + m.end("w"), "physical")
    return None


# A capital C or F glued to a number is a temperature only in a sentence about heat or cold
# ("highs of 30C"); elsewhere it is a label ("13F filing", "777F").
_GLUED_DEGREE = re.compile(r"([CF])(?![\w'’-])")
# A glued "C" or "F" after a preposition of a level ("washing at 30C rather than 40C",
# "recoated after four hours at 20C", "climbs past 27C", "down to minus 5C"): a temperature,
# where no word of heat is near; not a seat, a room, a route or a grade ("seat 30C")
_TEMPERATURE_BEFORE = re.compile(
    r"(?<!\w)(?:at|to|above|below|than|past|reach(?:es|ed|ing)?|exceed(?:s|ed|ing)?"
    # ("breaking the record by almost 5C", "drops the mercury by 15C")
    r"|by(?:\s+(?:almost|nearly|about|around|some|up\s+to|more\s+than))?)\s+"
    r"(?:minus\s+|-|\+)?[\d.,]+$",
    re.I,
)
_TEMPERATURE_NEAR = re.compile(
    r"temperat|degree|\bheat|\bcold|\bwarm|\bhot\b|\bfreez|\bweather|thermo|\bhighs?\b"
    r"|\blows?\b|\bchill|\bfrost|\bsnow|\bsummer|\bwinter|\bmercury\b"
    # cooking: "bake at 180C (350F)", "proved for 18 hours at 4C", "rest after reaching 57C"
    r"|\bbak(?:e|ed|es|ing)\b|\boven|\bpreheat|\bgrill|\broast|\bcook|\bfridge|\bfreezer"
    r"|\bprov(?:ed|ing)\b|\bproof(?:ed|ing)\b|\bsimmer|\bfry|\bfried|\bmedium-rare|\bthermometer"
    # climate: "the 1.5C target of the Paris agreement", "2C of global warming"
    r"|\bclimat|warming|pre-?industrial|\bparis\s+(?:agreement|accord|deal|goal)",
    re.I,
)


def _ratio_unit(word: str) -> str | None:
    """ "mg/L" -> "milligram per liter", "km/hr" -> "kilometer per hour": both sides units."""
    top, _, bottom = word.partition("/")
    power = ""
    m = re.fullmatch(r"([^\W\d_]+)([23²³])", bottom)
    if m:  # "W/m2" -> watt per square meter
        bottom, power = m.group(1), "square " if m.group(2) in "2²" else "cubic "
    a = pint_unit(top)
    b = pint_unit(bottom) or _TIME_ABBREV.get(bottom.lower())
    return f"{a} per {power}{b}" if a and b else None


_TIME_ABBREV = {
    "hr": "hour",
    "hrs": "hour",
    "h": "hour",
    "min": "minute",
    "s": "second",
    "sec": "second",
    "d": "day",
    "day": "day",
    "yr": "year",
    "year": "year",
}


_RATE = re.compile(
    r"\s*(?:(?P<per>per\b|/|each\b)|(?P<a>an?)\b)[\s-]*(?P<w>(?:sq\.?\s?(?:m|ft)|square\s+\w+|[^\W\d_]+))",
    re.I,
)
_A_RATE_WORDS = frozenset(
    """year month week day hour minute second night game share barrel gallon litre liter
    ton tonne pound kilo kilogram ounce head person capita piece unit mile kilometre
    kilometer dozen""".split()
)


# "a year ago", "a month earlier", "a week after the vote": after "a"/"an", a time, not a
# denominator ("$50 a month after tax" still is one; "per day before the war" is a rate).
# Shared by the rate readings of the frames and the dates.
TIME_AGO = r"(?:earlier|later|ago|previously|back|prior|before|after(?!\s+tax))\b"
_A_TIME_AFTER = re.compile(r"\s+" + TIME_AGO, re.I)


def rate_after(text: str, end: int) -> tuple[str, int] | None:
    """A "per X" / "a X" denominator after a unit ending at ``end``: (unit word, new end)."""
    m = _RATE.match(text, end)
    if not m or m.group("per") and m.group("per").lower() == "each":
        return None
    if m.group("a") and _A_TIME_AFTER.match(text, m.end()):
        return None
    word = m.group("w").lower()
    word = re.sub(r"\s+", " ", word)
    if word.startswith(("sq m", "sq. m", "sqm", "square met")):
        word = "square meter"
    elif word.startswith(("sq ft", "sq. ft", "square f")):
        word = "square foot"
    elif word.startswith("square "):
        word = "square " + (pint_unit(word.split()[1]) or _singular(word.split()[1]))
    elif word in ("kilo", "kilos"):
        word = "kilogram"  # ("Rs 42 a kilo"; pint reads "kilo" as no unit)
    else:
        word = (pint_unit(word) if word != "min" else None) or _singular(word)
    if m.group("a") and word not in _A_RATE_WORDS and pint_unit(word) is None:
        return None
    hour = _WATT_HOUR.match(text, m.end()) if word.endswith("watt") else None
    if hour is not None:
        return f"{word} hour", hour.end()  # "€87.50 per megawatt hour"
    return word, m.end()


_WATT_HOUR = re.compile(r"[\s-]hours?\b", re.I)


def _singular(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w
