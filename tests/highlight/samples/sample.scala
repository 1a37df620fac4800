package blog

import java.time.LocalDate
import scala.collection.mutable

/** A blog post. */
case class Post(title: String, date: LocalDate, tags: List[String] = Nil) {
  // Lower-cases the title and joins words with dashes.
  def slug: String = title.toLowerCase.replaceAll("[^a-z0-9]+", "-")

  def withTag(tag: String): Post = copy(tags = tag :: tags)
}

trait Store {
  def all(): Seq[Post]
}

object Blog extends App {
  val MaxPosts = 10
  private val cache = mutable.Map.empty[String, Post]

  def newest(posts: Seq[Post]): Option[Post] =
    if (posts.isEmpty) None else Some(posts.maxBy(_.date.toEpochDay))

  val p = Post("Hello World", LocalDate.of(2024, 1, 1)).withTag("news")
  var ratio = 0.5 * p.tags.size + 0x1F
  cache(p.slug) = p
  p match {
    case Post(t, _, Nil) => println(s"$t has no tags")
    case Post(t, _, first :: _) => println(s"${t} starts with $first")
  }
  /* done */
  println(newest(Seq(p)).map(_.slug).getOrElse("none"), 'x', true, null)
}
