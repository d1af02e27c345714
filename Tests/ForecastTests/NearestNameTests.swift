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

  /// Two neighbouring letters swapped are one edit: "snu" is "sun", not "thu".
  @Test func aSwapOfNeighboursIsOneEdit() {
    #expect(NearestName.editDistance(Array("snu"), Array("sun")) == 1)
    #expect(NearestName.editDistance(Array("snu"), Array("thu")) == 2)
    #expect(NearestName.editDistance(Array("kitten"), Array("sitting")) == 3)
    #expect(NearestName.suggestion(for: "snu", among: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]) == "sun")
  }
}
