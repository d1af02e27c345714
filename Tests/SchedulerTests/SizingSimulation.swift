import Forecast
import Foundation

/// A seeded discrete-event simulation of the M/M/s+M queue, first come first served, written
/// independently of the formulas it checks.
///
/// Customers are processed in arrival order against a min-heap of server free times: a customer
/// starts at max(arrival, earliest free server); if that wait exceeds its own patience it hangs up
/// (waiting its patience, taking no server). This is exact for FCFS: an abandoner never holds a
/// server and never delays those behind it. `servers` may be agents × chat slots.
struct QueueSimulation {
  var arrivalsPerSecond: Double
  var handleSeconds: Double
  var patienceSeconds: Double?  // nil: nobody hangs up (Erlang C)
  var servers: Int
  var answerSeconds: Double

  struct Result {
    var serviceLevel = 0.0
    var abandonment = 0.0
    var waitProbability = 0.0
    var asa = 0.0
    var occupancy = 0.0
  }

  func run(customers: Int, seed: UInt64) -> Result {
    var random = SplitMix64(seed: seed)
    var free = MinHeap(repeating: 0, count: servers)
    var clock = 0.0
    let warmUp = customers / 10
    var counted = 0.0
    var inTime = 0.0, abandoned = 0.0, waited = 0.0, waitSum = 0.0, busy = 0.0
    var firstCounted = 0.0
    for index in 0..<(customers + warmUp) {
      clock += random.exponential(mean: 1 / arrivalsPerSecond)
      if index == warmUp { firstCounted = clock }
      let start = max(clock, free.minimum)
      let wait = start - clock
      let patience = patienceSeconds.map { random.exponential(mean: $0) } ?? .infinity
      let service = random.exponential(mean: handleSeconds)
      if wait > patience {
        if index >= warmUp { abandoned += 1; waited += 1; waitSum += patience; counted += 1 }
        continue
      }
      free.replaceMinimum(with: start + service)
      if index >= warmUp {
        counted += 1
        if wait <= answerSeconds { inTime += 1 }
        if wait > 0 { waited += 1 }
        waitSum += wait
        busy += service
      }
    }
    let span = clock - firstCounted
    return Result(
      serviceLevel: inTime / counted, abandonment: abandoned / counted, waitProbability: waited / counted,
      asa: waitSum / counted, occupancy: busy / (span * Double(servers)))
  }
}

struct MinHeap {
  var items: [Double]
  init(repeating value: Double, count: Int) { items = Array(repeating: value, count: count) }
  var minimum: Double { items[0] }
  mutating func replaceMinimum(with value: Double) {
    items[0] = value
    var index = 0
    while true {
      let left = 2 * index + 1, right = left + 1
      var smallest = index
      if left < items.count, items[left] < items[smallest] { smallest = left }
      if right < items.count, items[right] < items[smallest] { smallest = right }
      if smallest == index { return }
      items.swapAt(index, smallest)
      index = smallest
    }
  }
}
