import Forecast
import Foundation

/// Which rostered pieces a replication takes away for shrinkage (``SimulationOptions/Absences``).
///
/// Absences are episodes, not intervals: an agent away in one interval stays away into the next
/// with probability `1 - length / absenceLength` (one piece's length against the mean episode's), so
/// an episode lasts `absenceLength` on average whatever the plan's interval. Each episode ends with
/// the agent finishing the contacts in hand and coming back late by them (``WeekSimulation``), so
/// drawing every interval afresh made a 15-minute plan's agents leave and come back about 0.8 times
/// an hour at 30 % shrinkage, each time late by the call in hand: the demo's voice read 76.4 %
/// simulated against 80.2 % by formula, 82.0 % with absences that cost nothing more, and a
/// 30-minute plan with the same roster would have read better than a 15-minute one.
struct AbsenceDraw {
  let model: SimulationModel
  let absences: SimulationOptions.Absences
  /// Mean length of one absence, seconds.
  let absenceLength: Double
  private var order: [Int32] = []
  private var returning: [Int32] = []

  init(model: SimulationModel, options: SimulationOptions) {
    self.model = model
    absences = options.absences
    absenceLength = options.absenceLength
  }

  /// The chance that an agent away in piece `previous` is still away in the next piece.
  @inline(__always) private func staysAway(after previous: Int) -> Double {
    max(0, 1 - model.pieceLength[previous] / absenceLength)
  }

  /// Sets `keep[p]` to false for the pieces whose agent is away, interval by interval in time
  /// order (a piece's predecessor is decided before it).
  mutating func draw(into keep: inout [Bool], random: inout SplitMix64) {
    for p in keep.indices { keep[p] = true }
    for group in model.piecesByInterval where !group.isEmpty {
      switch absences {
      case .independent: drawIndependently(group, into: &keep, random: &random)
      case .spread: drawSpread(group, into: &keep, random: &random)
      }
    }
  }

  /// Each agent on its own: away with the shrinkage's probability in the long run, staying away as
  /// the episode's length says (a two-state chain whose stationary share is the shrinkage).
  private func drawIndependently(_ group: [Int32], into keep: inout [Bool], random: inout SplitMix64) {
    for p in group.lazy.map(Int.init) {
      let shrinkage = model.pieceShrinkage[p], previous = Int(model.previousPiece[p])
      let chance: Double
      if previous >= 0, !keep[previous] {
        chance = staysAway(after: previous)
      } else if previous >= 0, shrinkage < 1 {
        chance = min(1, shrinkage * (1 - staysAway(after: previous)) / (1 - shrinkage))
      } else {
        chance = shrinkage
      }
      keep[p] = !(random.unit() <= chance)
    }
  }

  /// The interval's share exactly (its sum of shrinkage rounded down or up at random, as the
  /// formula's `agents x (1 - shrinkage)`): agents already away stay first, as the episode's length
  /// says; the rest are drawn by systematic sampling among those who were not just back.
  private mutating func drawSpread(_ group: [Int32], into keep: inout [Bool], random: inout SplitMix64) {
    order.removeAll(keepingCapacity: true)
    order.append(contentsOf: group)
    for i in stride(from: order.count - 1, to: 0, by: -1) {
      order.swapAt(i, Int(random.unit() * Double(i + 1)) % (i + 1))
    }
    let total = order.reduce(0.0) { $0 + model.pieceShrinkage[Int($1)] }
    var wanted = Int((total + random.unit()).rounded(.down))
    returning.removeAll(keepingCapacity: true)
    var others = 0.0
    for p in order.lazy.map(Int.init) {
      guard wasAway(before: p, keep) else {
        others += model.pieceShrinkage[p]
        continue
      }
      if wanted > 0, random.unit() <= staysAway(after: Int(model.previousPiece[p])) {
        keep[p] = false
        wanted -= 1
      } else {
        returning.append(Int32(p))
      }
    }
    guard wanted > 0 else { return }
    // Newly away: systematic sampling with each piece's shrinkage scaled to the count still wanted.
    let scale = others > 0 ? Double(wanted) / others : 0
    var sum = random.unit()
    for p in order.lazy.map(Int.init) where wanted > 0 && keep[p] && !wasAway(before: p, keep) {
      let before = sum.rounded(.down)
      sum += min(1, model.pieceShrinkage[p] * scale)
      if sum.rounded(.down) != before {
        keep[p] = false
        wanted -= 1
      }
    }
    for p in returning.lazy.map(Int.init) where wanted > 0 {
      keep[p] = false
      wanted -= 1
    }
  }

  /// Whether the agent was away in the piece before `p` (so `p` either stays away or is the return).
  @inline(__always) private func wasAway(before p: Int, _ keep: [Bool]) -> Bool {
    let previous = Int(model.previousPiece[p])
    return previous >= 0 && !keep[previous]
  }
}
