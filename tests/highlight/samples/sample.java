package org.example.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A blog post.
 * @author me
 */
public class Post implements Comparable<Post> {
    private static final int MAX_TAGS = 8;
    private final String title;
    private final LocalDate date;
    private List<String> tags = new ArrayList<>();

    public Post(String title, LocalDate date) {
        this.title = title;
        this.date = date;
    }

    @Override
    public int compareTo(Post other) {
        return other.date.compareTo(this.date);
    }

    // Lower-cases the title and joins words with dashes.
    public String slug() {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    public boolean addTag(String tag) {
        if (tags.size() >= MAX_TAGS || tag == null) {
            return false;
        }
        return tags.add(tag.trim());
    }

    public static void main(String[] args) throws Exception {
        Post p = new Post("Hello World", LocalDate.of(2024, 1, 1));
        double ratio = 0.5 * args.length + 0x1F;
        char sep = ',';
        p.addTag("news");
        System.out.println(p.slug() + sep + ratio + " " + true);
        var names = List.of(p).stream().map(Post::slug).collect(Collectors.toList());
    }
}
