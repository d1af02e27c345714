import Forecast
import Testing

struct NearestNameTests {
  @Test func suggestsCloseSpellingsAndAbbreviationsOnly() {
    let columns = ["timestamp", "channel", "volume", "aht_seconds"]
    #expect(NearestName.suggestion(for: "aht_second", among: columns) == "aht_seconds")
    #expect(NearestName.suggestion(for: "aht_sec", among: columns) == "aht_seconds")  // an abbreviation
    #expect(NearestName.suggestion(for: "targt", among: ["target", "patience"]) == "target")
    #expect(NearestName.suggestion(for: "colour", among: ["target", "patience"]) == nil)
    #expect(NearestName.suggestion(for: "ah", among: columns) == nil)  // too short to stand for a name
  }
}
