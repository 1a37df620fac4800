package main

import (
	"fmt"
	"os"
	"strings"
	"time"
)

// Post is a blog post.
type Post struct {
	Title string
	Date  time.Time
	Tags  []string
}

type Store interface {
	All() ([]Post, error)
}

const maxPosts = 10

var errEmpty = fmt.Errorf("no posts")

/* Slug lower-cases the title
   and joins its words with dashes. */
func (p *Post) Slug() string {
	return strings.Join(strings.Fields(strings.ToLower(p.Title)), "-")
}

func newest(posts []Post) (Post, error) {
	if len(posts) == 0 {
		return Post{}, errEmpty
	}
	best := posts[0]
	for _, p := range posts[1:] {
		if p.Date.After(best.Date) {
			best = p
		}
	}
	return best, nil
}

func main() {
	posts := []Post{{Title: "Hello World", Date: time.Now()}}
	p, err := newest(posts)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ratio := 0.75 * float64(len(p.Tags)+0x10)
	go func() { fmt.Printf("%s %v %c\n", p.Slug(), ratio, 'x') }()
	defer fmt.Println(`done`, true, nil)
}
