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
