import Forecast
import Testing

@testable import Scheduler

@Suite struct SizingObservedComparisonTests {
  let csv = """
    timestamp,count,count_agent_requests,count_served,count_abandoned,aht_seconds,total_service_seconds,count_answered_le_20s,mean_wait_seconds_served,mean_wait_seconds_abandoned,busy_agent_seconds,agents_busy_distinct
    1999-01-01T08:15:00,32,32,30,2,180,5400,22,10.0,50.0,5871,5
    1999-01-01T08:30:00,0,0,0,0,,0,0,,,0,0
    """

  @Test func patienceIsTheCensoredExponentialEstimate() throws {
    let comparison = try ObservedComparison(csv: csv, file: "calls.csv")
    // (30 × 10 + 2 × 50) / 2 abandoners = 200 s.
    #expect(comparison.estimatedPatience == .seconds(200))
  }

  @Test func staffedAgentsAreAtLeastBusySecondsOverInterval() throws {
    let comparison = try ObservedComparison(csv: csv, file: "calls.csv")
    // ⌈5871 / 900⌉ = 7 > 5 distinct busy agents.
    #expect(comparison.intervals[0].staffedAgents(interval: .seconds(900)) == 7)
    let rows = comparison.rows(answerTime: .seconds(20), patience: .seconds(200))
    #expect(rows.count == 1)
    #expect(abs(rows[0].observedServiceLevel - 22.0 / 32) < 1e-12)
    #expect(rows[0].erlangAServiceLevel > 0 && rows[0].erlangAServiceLevel <= 1)
  }

  @Test func splitterHonoursQuotes() {
    #expect(ObservedComparison.splitCSV(#"a,"b,c",,"d""e""#) == ["a", "b,c", "", "d\"e"])
  }

  @Test func badNumberNamesLineAndField() {
    let bad = csv.replacingOccurrences(of: "5871", with: "58,71x")
    #expect(throws: InputError.self) { _ = try ObservedComparison(csv: bad, file: "calls.csv") }
  }
}
