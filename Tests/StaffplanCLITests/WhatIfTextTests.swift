import Foundation
import Scheduler
import Testing

@testable import staffplan

@Suite struct WhatIfTextTests {
  @Test func aNegativeThatRoundsToZeroIsPrintedWithoutItsSign() {
    #expect(WhatIfTable.text("%.1f", -0.04) == "0.0")
    #expect(WhatIfTable.text("%.1f", -0.06) == "-0.1")
    #expect(WhatIfTable.text("%.0f", -0.4) == "0")
    #expect(WhatIfTable.text("%.2f", 0.004) == "0.00")
  }
}

/// A scenario that hires says what the new contracts cost before any demand is met.
@Suite struct WhatIfMinimumsNoteTests {
  /// Five copies of the demo's A001 (36 h minimum over 5 days, the Friday holiday a day's share
  /// off): 5 x 28.8 h = 144 h the week pays whatever the demand; the whatif column paid 137.5 h
  /// more than the base (2026-12-03), which this note explains.
  @Test func addedAgentsBringTheirMinimumsAfterHolidays() throws {
    let folder = Fixture.root.appendingPathComponent("Data/demo").path
    let plan = try PlanReader.read(folder: folder)
    let base = try AgentsReader.read(path: folder + "/agents.csv", plan: plan)
    let change = HeadcountChange(add: [.init(like: "A001", count: 5)])
    let agents = change.apply(to: base).agents
    let notes = WhatIfCommand.minimumsNote(added: agents, base: base, plan: plan)
    #expect(notes == ["headcount: the 5 added agents' contract minimums (min_hours, after holidays) come to 144.0 h, paid whether or not the week needs them"])
    #expect(WhatIfCommand.minimumsNote(added: base, base: base, plan: plan).isEmpty)
  }
}
