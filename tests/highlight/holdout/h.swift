import UIKit

@objc protocol FeedDelegate: AnyObject {
    func feedDidLoad(_ count: Int)
}

final class FeedLoader {
    private let session: URLSession
    weak var delegate: FeedDelegate?
    var items = [String]()

    init(session: URLSession = .shared) {
        self.session = session
    }

    func load(from url: URL, completion: @escaping (Result<[String], Error>) -> Void) {
        session.dataTask(with: url) { [weak self] data, _, error in
            if let error = error {
                completion(.failure(error))
                return
            }
            let text = String(decoding: data ?? Data(), as: UTF8.self)
            let lines = text.split(separator: "\n").map(String.init)
            self?.items = lines
            self?.delegate?.feedDidLoad(lines.count)
            completion(.success(lines))
        }.resume()
    }
}

extension FeedLoader: CustomStringConvertible {
    var description: String { "FeedLoader(\(items.count) items)" }
}

let loader = FeedLoader()
switch loader.items.isEmpty {
case true: print("empty", 0x10, 3.5e2)
case false: print(loader)
}
