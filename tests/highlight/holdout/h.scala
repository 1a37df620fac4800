package blog.feed

import scala.concurrent.{Future, ExecutionContext}
import scala.util.{Try, Success, Failure}

sealed trait Entry { def title: String }
final case class Article(title: String, words: Int) extends Entry
final case class Link(title: String, url: String) extends Entry

object Feed {
  implicit val ec: ExecutionContext = ExecutionContext.global

  def wordCount(entries: List[Entry]): Int = entries.collect {
    case Article(_, w) => w
  }.sum

  def fetch(url: String): Future[List[Entry]] = Future {
    List(Link("home", url), Article("hello", 120))
  }

  def describe(e: Entry): String = e match {
    case a: Article if a.words > 100 => s"long: ${a.title}"
    case Article(t, _)              => s"short: $t"
    case Link(t, u)                 => t + " -> " + u
  }

  def main(args: Array[String]): Unit = {
    fetch("https://example.org").onComplete {
      case Success(es) => es.map(describe).foreach(println)
      case Failure(err) => Console.err.println(err.getMessage)
    }
    val parsed = Try("42".toInt).getOrElse(0)
    println(parsed * 2.5)
  }
}
