// Tests for shell/repl/directory_files.cpp: the native shell's workspace is a real directory, so what a
// tutorial's script writes, zips and uploads are the user's own files, and nothing outside the directory
// is touched unless a path names it.
#include "repl/directory_files.hpp"
#include "evb/shell.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <random>
#include <sstream>

namespace fs = std::filesystem;

namespace {

// Scratch is a fresh directory (the shell's) and a home beside it, removed at the end.
struct Scratch {
    Scratch() {
        root = fs::temp_directory_path() / ("evb-files-" + std::to_string(std::random_device{}()));
        fs::create_directories(root / "work");
        fs::create_directories(root / "home");
        shell.workspace().mount(std::make_unique<evb::DirectoryFiles>(root / "work", root / "home"));
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }

    static std::string contents(const fs::path& file) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        return bytes.str();
    }

    fs::path root;
    evb::World world;
    evb::Shell shell{world};
};

}  // namespace

TEST_CASE("a tutorial's here-document, zip and fileb:// work on real files in the directory") {
    Scratch s;
    auto made =
        s.shell.run("cat > handler.py <<'EOF'\ndef lambda_handler(event, context):\n    return 1\nEOF");
    REQUIRE(made.exit_code == 0);
    CHECK(Scratch::contents(s.root / "work" / "handler.py") ==
          "def lambda_handler(event, context):\n    return 1\n");
    REQUIRE(s.shell.run("zip -q function.zip handler.py").exit_code == 0);
    const fs::path zip = s.root / "work" / "function.zip";
    REQUIRE(fs::is_regular_file(zip));
    CHECK(Scratch::contents(zip).rfind("PK\x03\x04", 0) == 0);

    s.shell.run(
        "aws iam create-role --role-name r --assume-role-policy-document "
        "'{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
        "\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}'");
    auto created = s.shell.run(
        "aws lambda create-function --function-name f --runtime python3.9 --handler handler.lambda_handler "
        "--role arn:aws:iam::123456789012:role/r --zip-file fileb://function.zip --query CodeSize");
    REQUIRE_MESSAGE(created.exit_code == 0, created.err);
    CHECK(created.out == std::to_string(fs::file_size(zip)) + "\n");
    CHECK(s.shell.run("ls").out == "function.zip\nhandler.py\n");
    CHECK(s.shell.run("pwd").out == (s.root / "work").string() + "\n");
}

TEST_CASE("a relative name stays in the directory, ~/ is the home directory, an absolute path is itself") {
    Scratch s;
    REQUIRE(s.shell.run("echo in-home > ~/h.txt").exit_code == 0);
    CHECK(Scratch::contents(s.root / "home" / "h.txt") == "in-home\n");
    const std::string outside = (s.root / "outside.txt").string();
    REQUIRE(s.shell.run("echo named > " + outside).exit_code == 0);
    CHECK(Scratch::contents(outside) == "named\n");
    REQUIRE(s.shell.run("echo here > ./here.txt").exit_code == 0);
    CHECK(fs::is_regular_file(s.root / "work" / "here.txt"));
    CHECK(s.shell.run("cat ~/h.txt " + outside + " here.txt").out == "in-home\nnamed\nhere\n");
    CHECK_FALSE(fs::exists(s.root / "work" / "lambda_function.py"));  // nothing is written unasked
}

TEST_CASE("appending, removing and failing writes say what a shell says") {
    Scratch s;
    s.shell.run("echo a > log.txt");
    s.shell.run("echo b >> log.txt");
    CHECK(Scratch::contents(s.root / "work" / "log.txt") == "a\nb\n");
    CHECK(s.shell.run("rm log.txt").exit_code == 0);
    CHECK_FALSE(fs::exists(s.root / "work" / "log.txt"));

    auto missing_folder = s.shell.run("echo x > nope/x.txt");
    CHECK(missing_folder.exit_code == 1);
    CHECK(missing_folder.err.find("nope/x.txt: No such file or directory") != std::string::npos);
    fs::create_directories(s.root / "work" / "folder");
    auto folder = s.shell.run("echo x > folder");
    CHECK(folder.err.find("folder: Is a directory") != std::string::npos);
    CHECK(s.shell.run("ls").out == "");  // ls lists files, as the workspace holds them
    auto unreadable = s.shell.run("aws events put-rule --name r --event-pattern file://absent.json");
    CHECK(unreadable.exit_code == 252);
    CHECK(unreadable.err.find("No such file or directory: 'absent.json'") != std::string::npos);
}

TEST_CASE("a file grown past the workspace limit is refused and left as it was") {
    Scratch s;
    evb::DirectoryFiles files(s.root / "work", s.root / "home");
    REQUIRE(files.write("big.bin", std::string(evb::kMaxWorkspaceBytes - 1, 'x')));
    evb::Written grown = files.append("big.bin", "yz");
    CHECK(grown.problem == "File too large");
    CHECK(fs::file_size(s.root / "work" / "big.bin") == evb::kMaxWorkspaceBytes - 1);
}
