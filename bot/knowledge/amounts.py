"""Rupee amounts that more than one topic's answers name: each stands here once, so that a
change in ../shared/knowledge/facts.md is one edit. Amounts only one topic names stay in its
`money`."""

from __future__ import annotations

from collections.abc import Mapping

# facts.md 1.3 C: ODOP pays 75% of the cost of starting on a marketplace, up to this.
ODOP_ONLINE_MAX = 10_000
# facts.md 7.1: yearly sales of goods in UP above which GST registration is needed.
GST_GOODS_LIMIT = 4_000_000
# facts.md 2.2 [M]: Flipkart charges no commission below this price, from November 2025.
ZERO_COMMISSION_BELOW = 1_000
# facts.md 3.8: what EPB UP pays towards fairs in India and abroad.
EPB_FAIRS: Mapping[str, int] = {
    "epb_stall_abroad": 200_000,
    "epb_air_abroad": 100_000,
    "epb_stall_india": 50_000,
    "epb_fare_india": 25_000,
    "epb_virtual_fair": 25_000,
    "epb_virtual_year": 100_000,
}
