#!/usr/bin/perl
use strict;
use warnings;
use File::Basename qw(basename);

# Count the words of each post.
my %count;
my @files = glob("_posts/*.md");
my $total = 0;

foreach my $file (@files) {
    open(my $fh, '<', $file) or die "cannot open $file: $!";
    while (my $line = <$fh>) {
        chomp $line;
        next if $line =~ /^\s*$/;
        my @words = split /\s+/, $line;
        $count{basename($file)} += scalar @words;
        $total += @words;
    }
    close $fh;
}

sub slug {
    my ($title) = @_;
    (my $s = lc $title) =~ s/[^a-z0-9]+/-/g;
    return $s;
}

for my $name (sort { $count{$b} <=> $count{$a} } keys %count) {
    printf "%-40s %5d\n", $name, $count{$name};
}
my $ratio = $total / 2.5 + 0x1F;
print slug("Hello World"), " $ratio\n" unless $total == 0;
