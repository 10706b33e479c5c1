"""Fixtures for the ingest tests: small wire items in each supported format, written for these tests."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def ninjs1() -> dict[str, Any]:
    return {
        "uri": "urn:test:ninjs1:1",
        "version": 2,
        "type": "text",
        "language": "en",
        "pubstatus": "usable",
        "firstcreated": "2022-09-13T08:00:00Z",
        "versioncreated": "2022-09-13T09:30:00+02:00",
        "located": "Baku",
        "slugline": "TEST-SLUG",
        "subject": [{"code": "medtop:16000000", "name": "conflict"}],
        "headline": "Border town shelled overnight",
        "body_text": "Shells fell on a border town overnight.\r\nOfficials said 12 people were hurt.  ",
        "associations": {"photo1": {"uri": "urn:test:photo:1"}},
        "copyrightholder": "Test Wire",
    }


@pytest.fixture
def ninjs2() -> dict[str, Any]:
    return {
        "$schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json",
        "uri": "urn:test:ninjs2:1",
        "version": "3",
        "pubstatus": "canceled",
        "versioncreated": "2022-09-15T12:00:00",
        "headlines": [
            {"role": "short", "value": "Toll rises"},
            {"role": "main", "value": "Toll in border fighting rises to 71"},
        ],
        "bodies": [
            {"role": "main", "contenttype": "text/html", "value": "<p>The toll rose to <b>71</b>.</p>"},
            {"role": "main", "contenttype": "text/plain", "value": "The toll rose to 71."},
        ],
        "subjects": [{"uri": "http://cv.iptc.org/newscodes/mediatopic/16000000", "name": "conflict"}],
        "infosources": [{"name": "Test Wire"}],
        "associations": [{"name": "photo", "uri": "urn:test:photo:2"}],
    }


RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>Test Wire World</title><link>http://127.0.0.1/</link><description>d</description>
  <language>en-gb</language>
  <item>
    <title>Truce takes effect on the border</title>
    <guid>urn:test:rss:1</guid>
    <description>&lt;p&gt;A truce took effect at noon, officials said.&lt;/p&gt;
      &lt;script&gt;x()&lt;/script&gt;</description>
    <pubDate>Thu, 15 Sep 2022 06:00:00 +0300</pubDate>
    <category>conflict</category>
  </item>
  <item>
    <title>No identifier at all</title>
    <description>This entry has neither a guid nor a link.</description>
  </item>
</channel></rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Test Atom Wire</title><id>urn:test:atom</id><updated>2022-09-15T10:00:00Z</updated>
  <entry>
    <title>Toll revised upward</title>
    <id>urn:test:atom:1</id>
    <published>2022-09-15T09:00:00Z</published>
    <updated>2022-09-15T10:00:00Z</updated>
    <content type="html">&lt;p&gt;The ministry said 71 soldiers died, up from 50.&lt;/p&gt;</content>
  </entry>
</feed>
"""


@pytest.fixture
def rss() -> bytes:
    return RSS


@pytest.fixture
def atom() -> bytes:
    return ATOM
