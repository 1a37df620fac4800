library(tidyr)

read_posts <- function(path = "posts.csv", ...) {
  df <- read.csv(path, ...)
  df[!duplicated(df$slug), ]
}

posts <- read_posts(stringsAsFactors = FALSE)
stopifnot(is.data.frame(posts), nrow(posts) >= 0)

wide <- posts |>
  pivot_wider(names_from = tag, values_from = views, values_fill = 0)

monthly <- aggregate(views ~ month, data = posts, FUN = sum)
top <- head(monthly[order(-monthly$views), ], n = 3L)

for (m in seq_along(top$month)) {
  message(sprintf("%s: %d", top$month[m], top$views[m]))
}

f <- function(x) if (x > 0) "positive" else if (x < 0) "negative" else "zero"
sapply(c(-2, 0, 3.5), f)
m <- matrix(1:6, nrow = 2) %*% t(matrix(1:6, nrow = 2))
print(m[1, , drop = FALSE])
