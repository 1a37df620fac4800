import Foundation

/// A blog post.
struct Post: Codable, Equatable {
    let title: String
    var date: Date
    private(set) var tags: [String] = []

    static let maxTags = 8

    // Lower-cases the title and joins words with dashes.
    var slug: String {
        title.lowercased()
            .components(separatedBy: CharacterSet.alphanumerics.inverted)
            .filter { !$0.isEmpty }
            .joined(separator: "-")
    }

    mutating func addTag(_ tag: String) -> Bool {
        guard tags.count < Post.maxTags else { return false }
        tags.append(tag)
        return true
    }
}

protocol Store {
    func all() throws -> [Post]
}

enum BlogError: Error {
    case empty, notFound(String)
}

class Blog {
    var posts: [Post] = []
    weak var delegate: AnyObject?

    func newest() throws -> Post {
        guard let p = posts.max(by: { $0.date < $1.date }) else {
            throw BlogError.empty
        }
        return p
    }
}

var p = Post(title: "Hello World", date: Date())
let ratio = 0.5 * Double(p.tags.count) + 0x1F
/* add a tag */
if p.addTag("news") {
    print("\(p.slug) \(ratio)", true, nil as Int?)
}
