# Level 1 mistake: a window is taken to end at 60 inclusive, not to start there.
class TenantRateLimiter:
    """Per tenant: limit, burst, credit, the current window and what it used; totals; and the
    times of its requests by outcome, for audits."""

    WINDOW = 60

    def __init__(self):
        self.tenants = {}  # id -> dict

    def _roll(self, t, now):
        """Ends the windows before the one of `now`: each adds its unused share to the credit."""
        w = (now - 1) // self.WINDOW  # windows taken as (0, 60], (60, 120], ...
        if w > t["window"]:
            t["credit"] = min(t["burst"], t["credit"] + max(0, t["limit"] - t["used"]))
            empty = w - t["window"] - 1
            t["credit"] = min(t["burst"], t["credit"] + empty * t["limit"])
            t["window"], t["used"] = w, 0

    # Level 1
    def addTenant(self, timestamp: int, tenantId: str, limit: int) -> bool:
        if tenantId in self.tenants:
            return False
        self.tenants[tenantId] = {
            "limit": limit, "burst": 0, "credit": 0, "window": (timestamp - 1) // self.WINDOW,
            "used": 0, "total": 0,
            # the times of its requests, and after each the counts so far of
            # [allowed within the limit, denied, allowed on credit]
            "times": [], "counts": [[0, 0, 0]],
        }
        return True

    def request(self, timestamp: int, tenantId: str) -> bool:
        t = self.tenants.get(tenantId)
        if t is None:
            return False
        self._roll(t, timestamp)
        if t["used"] < t["limit"]:
            t["used"] += 1
            outcome = 0
        elif t["credit"] > 0:
            t["credit"] -= 1
            outcome = 2
        else:
            outcome = 1
        t["times"].append(timestamp)
        counts = list(t["counts"][-1])
        counts[outcome] += 1
        t["counts"].append(counts)
        if outcome != 1:
            t["total"] += 1
        return outcome != 1

    # Level 2
    def topTenants(self, timestamp: int, n: int) -> List[str]:
        ranked = sorted(self.tenants, key=lambda k: (-self.tenants[k]["total"], k))
        return ["%s(%d)" % (k, self.tenants[k]["total"]) for k in ranked[:n]]

    # Level 3
    def setLimit(self, timestamp: int, tenantId: str, limit: int) -> bool:
        t = self.tenants.get(tenantId)
        if t is None:
            return False
        self._roll(t, timestamp)
        t["limit"] = limit
        return True

    def setBurst(self, timestamp: int, tenantId: str, burst: int) -> bool:
        t = self.tenants.get(tenantId)
        if t is None:
            return False
        self._roll(t, timestamp)
        t["burst"] = burst
        t["credit"] = min(t["credit"], burst)
        return True

    # Level 4
    def audit(self, timestamp: int, tenantId: str, fromTime: int, toTime: int) -> List[int]:
        t = self.tenants.get(tenantId)
        if t is None:
            return []
        lo = bisect_left(t["times"], fromTime)
        hi = bisect_right(t["times"], toTime)
        a, b = t["counts"][lo], t["counts"][hi]
        within, denied, credit = (b[i] - a[i] for i in range(3))
        return [within + credit, denied, credit]
