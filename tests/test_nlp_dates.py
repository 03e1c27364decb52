"""As-of dates: the article date unless the sentence anchors another."""

from __future__ import annotations

import pytest

from claimledger.nlp.dates import as_of


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Russia lost 400 tanks.", "2024-03-20"),
        ("As of 15 March 2024, Russia had lost 400 tanks.", "2024-03-15"),
        ("By March 1, 2024 the toll was 400.", "2024-03-01"),
        ("On 2024-02-29 the ministry said 12.", "2024-02-29"),
        ("The ministry said yesterday that 12 drones were downed.", "2024-03-19"),
        ("On Monday the ministry said 12 drones were downed.", "2024-03-18"),
        ("Losses since February 2022 exceed 400,000.", "2024-03-20"),
        ("As of 31 February 2024 nothing.", "2024-03-20"),  # not a date: ignored
    ],
)
def test_as_of(sentence: str, expected: str):
    # 2024-03-20 is a Wednesday.
    assert as_of(sentence, "2024-03-20") == expected


def test_no_article_date():
    assert as_of("Russia lost 400 tanks yesterday.", None) is None
    assert as_of("As of 15 March 2024, 400.", None) == "2024-03-15"
