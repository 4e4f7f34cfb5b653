// A hostile HTTP server on 127.0.0.1 for download tests: each connection is handed, after its
// request has been read, to a function that writes whatever bytes it likes (endless headers,
// a drip, a lie). Stops and joins when destroyed.
#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <thread>

namespace coolpapers::pdf_testing {

class RawServer {
public:
    // `respond` writes to the connection with send_all until it returns false or the server stops.
    explicit RawServer(std::function<void(RawServer&, int fd)> respond);
    ~RawServer();
    RawServer(const RawServer&) = delete;
    RawServer& operator=(const RawServer&) = delete;

    std::string url(const std::string& path) const;
    bool send_all(int fd, const std::string& bytes);  // false once the client is gone or we stop
    bool stopping() const { return stop_; }

private:
    void serve();
    std::function<void(RawServer&, int)> respond_;
    int listener_ = -1, port_ = 0;
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

}  // namespace coolpapers::pdf_testing
